package fr.cohorte.directory;

import fr.cohorte.web.SearchPattern;
import org.springframework.data.domain.Sort;

/**
 * What a staff member asks of a directory list: words to find, filters, an order and a page.
 *
 * @param q          words found in names, e-mail or organisation
 * @param background horizon id, persons only
 * @param kind       organisation kind
 * @param sort       column to order by
 * @param descending reverse the order
 * @param page       page number from 0
 */
public record DirectorySearch(String q, Long background, OrganisationKind kind, String sort, Boolean descending, Integer page) {

    public static final int PAGE_SIZE = 20;

    public DirectorySearch {
        q = q == null ? "" : q.trim();
        descending = descending != null && descending;
        page = page == null ? 0 : Math.max(page, 0);
    }

    public String pattern() {
        return SearchPattern.containing(q);
    }

    /** The order asked for, among those a list offers (name → properties); the first is the default. */
    Sort order(java.util.Map<String, String[]> offered, String defaultKey) {
        String[] properties = sort != null && offered.containsKey(sort) ? offered.get(sort) : offered.get(defaultKey);
        return Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, properties);
    }
}
