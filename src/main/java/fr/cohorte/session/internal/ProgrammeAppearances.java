package fr.cohorte.session.internal;

import java.util.List;

import fr.cohorte.directory.Appearance;
import fr.cohorte.directory.Appearances;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The speakers' and hosts' history that the directory shows on a person's or an organisation's page. */
@Component
@Transactional(readOnly = true)
class ProgrammeAppearances implements Appearances {

    private final ProgrammeQueries queries;

    ProgrammeAppearances(ProgrammeQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Appearance> ofPerson(long personId) {
        return queries.talksOf(personId);
    }

    @Override
    public List<Appearance> ofOrganisation(long organisationId) {
        return queries.appearancesOfOrganisation(organisationId);
    }
}
