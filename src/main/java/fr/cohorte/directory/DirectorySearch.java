package fr.cohorte.directory;

import fr.cohorte.web.SearchPattern;

/**
 * What a staff member asks of a directory list: words to find and filters (its page and order are a
 * {@link fr.cohorte.web.Paging}).
 *
 * @param q          words found in names, e-mail or organisation
 * @param background horizon id, persons only
 * @param kind       organisation kind
 */
public record DirectorySearch(String q, Long background, OrganisationKind kind) {

    /** The rows of a page of persons or organisations, and the suggestions offered from them. */
    public static final int PAGE_SIZE = 20;

    public DirectorySearch {
        q = q == null ? "" : q.trim();
    }

    public String pattern() {
        return SearchPattern.containing(q);
    }
}
