package fr.cohorte.search;

/**
 * What a reader asks of the search box: words, and the facets chosen.
 *
 * @param q       the words, as typed; quotes make a phrase, {@code -} excludes a word
 * @param kind    one kind of item only, or null
 * @param session one session only, by its number, or null
 */
public record SearchQuery(String q, String kind, Integer session) {

    /** The longest query read: a longer text is cut, so that no query costs more than a long sentence. */
    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_LENGTH) {
            q = q.substring(0, MAX_LENGTH);
        }
        kind = kind == null || kind.isBlank() ? null : kind.strip();
    }

    public static SearchQuery of(String q) {
        return new SearchQuery(q, null, null);
    }

    public boolean isEmpty() {
        return q.isEmpty();
    }
}
