package fr.cohorte.recruitment;

import java.util.Arrays;
import java.util.Map;

import fr.cohorte.web.SearchPattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** What staff ask of a session's applications: words, filters, an order and a page. */
public record ApplicationSearch(String q, Long background, Gender gender, Region region, ApplicationStatus status, String sort,
                                Boolean descending, Integer page) {

    public static final int PAGE_SIZE = 20;
    private static final Map<String, String[]> ORDERS = Map.of(
            "name", new String[] {"familyName", "givenName"},
            "organisation", new String[] {"organisation", "familyName"},
            "submitted", new String[] {"submittedAt"},
            "score", new String[] {"juryScore", "familyName"});

    public ApplicationSearch {
        q = q == null ? "" : q.trim();
        descending = descending != null && descending;
        page = page == null ? 0 : Math.max(page, 0);
    }

    String pattern() {
        return SearchPattern.containing(q);
    }

    /** In the order asked; applications nobody has scored yet come last whichever way scores run. */
    Sort order() {
        String[] properties = sort != null && ORDERS.containsKey(sort) ? ORDERS.get(sort) : ORDERS.get("name");
        Sort.Direction direction = descending ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(Arrays.stream(properties).map(property -> new Sort.Order(direction, property).nullsLast()).toList());
    }

    Pageable pageable() {
        return PageRequest.of(page, PAGE_SIZE, order());
    }
}
