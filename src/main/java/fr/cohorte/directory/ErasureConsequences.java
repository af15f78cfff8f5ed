package fr.cohorte.directory;

import java.util.Comparator;
import java.util.List;

import fr.cohorte.web.Consequences;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What erasing a person will forget, counted by every module that holds their data (the same parts an access
 * request exports), so that staff read how much goes before they tick the box.
 */
@Service
@Transactional(readOnly = true)
class ErasureConsequences {

    private final List<PersonalDataSource> sources;

    ErasureConsequences(List<PersonalDataSource> sources) {
        this.sources = sources;
    }

    Consequences of(Person person) {
        Consequences.Builder consequences = Consequences.titled("erasure.title").line("erasure.who", person.getFullName());
        sources.stream().sorted(Comparator.comparing(PersonalDataSource::section)).forEach(source -> {
            int rows = source.about(person.getId()).size();
            consequences.lineIf(rows > 0, "confirm.erase.section", new DefaultMessageSourceResolvable(
                    new String[] {"confirm.erase.section." + source.section()}, source.section()), rows);
        });
        consequences.line("erasure.what.fields").line("erasure.what.account").line("erasure.what.history")
                .line("erasure.what.relations");
        String path = "/directory/persons/" + person.getId();
        return consequences.confirm("erasure.submit", path + "/erase", path);
    }
}
