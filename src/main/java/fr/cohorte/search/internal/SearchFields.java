package fr.cohorte.search.internal;

/** The fields every index has, whatever the entity: what the one query over all of Cohorte searches. */
public final class SearchFields {

    /** Stemmed and folded: "coopératives" finds "coopérative". */
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /** Folded, not stemmed, stored: phrases, highlights and suggestions. */
    public static final String TITLE_EXACT = "title_exact";
    public static final String TEXT_EXACT = "text_exact";
    /** Folded keyword: the kind facet. */
    public static final String KIND = "kind";
    public static final String SESSION = "session";
    public static final String URL = "url";
    /** "key url" pairs: the page for readers holding a key. */
    public static final String LINKS = "links";
    public static final String VISIBILITY = "visibility";

    public static final String FRENCH = "french";
    public static final String FRENCH_EXACT = "french_exact";
    public static final String FRENCH_EXACT_QUERY = "french_exact_query";
    public static final String FOLDED = "folded";

    private SearchFields() {
    }
}
