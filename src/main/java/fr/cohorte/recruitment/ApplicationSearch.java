package fr.cohorte.recruitment;

import java.util.Arrays;
import java.util.Map;

import fr.cohorte.web.SearchPattern;
import org.springframework.data.domain.Sort;

/** What staff ask of a session's applications: words and filters (its page and order are a {@link fr.cohorte.web.Paging}). */
public record ApplicationSearch(String q, Long background, Gender gender, Region region, ApplicationStatus status) {

    /**
     * The orders a list of applications offers; applications nobody has scored yet come last
     * whichever way scores run.
     */
    static final Map<String, Sort> ORDERS = Map.of(
            "name", nullsLast("familyName", "givenName"),
            "organisation", nullsLast("organisation", "familyName"),
            "submitted", nullsLast("submittedAt"),
            "score", nullsLast("juryScore", "familyName"));
    static final String DEFAULT_ORDER = "name";

    public ApplicationSearch {
        q = q == null ? "" : q.trim();
    }

    String pattern() {
        return SearchPattern.containing(q);
    }

    private static Sort nullsLast(String... properties) {
        return Sort.by(Arrays.stream(properties).map(property -> Sort.Order.asc(property).nullsLast()).toList());
    }
}
