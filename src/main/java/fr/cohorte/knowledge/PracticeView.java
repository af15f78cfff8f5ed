package fr.cohorte.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.cohorte.directory.Organisation;
import fr.cohorte.directory.Organisations;
import org.springframework.stereotype.Component;

/** What pages, exports and the API show of a practice's references: its organisations' and terms' names. */
@Component("practiceView")
public class PracticeView {

    private final Organisations organisations;

    PracticeView(Organisations organisations) {
        this.organisations = organisations;
    }

    public List<Organisation> organisations(Practice practice) {
        return practice.getOrganisationIds().stream().map(organisations::byId).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Organisation::getName)).toList();
    }

    public String organisationNames(Practice practice) {
        return organisations(practice).stream().map(Organisation::getName).collect(Collectors.joining(", "));
    }

    public String territory(Practice practice, Locale locale) {
        return practice.territory().map(territory -> territory.name(locale)).orElse("");
    }

    /** The terms' names in the reader's language, for pages. */
    public String termNames(List<TaxonomyTerm> terms, Locale locale) {
        return names(terms, locale);
    }

    public static String names(List<TaxonomyTerm> terms, Locale locale) {
        return terms.stream().map(term -> term.name(locale)).collect(Collectors.joining(", "));
    }
}
