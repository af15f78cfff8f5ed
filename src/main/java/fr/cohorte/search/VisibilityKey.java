package fr.cohorte.search;

/**
 * The words that say who may see an item: an entry lists the keys of everyone who may see it, a reader
 * holds keys, and the search finds only the items that share a key with the reader. The query carries
 * the reader's keys, so that nothing hidden is ever counted, paged or suggested.
 */
public final class VisibilityKey {

    /** Anyone, logged in or not. */
    public static final String PUBLIC = "public";
    /** The institute's staff and administrators. */
    public static final String STAFF = "staff";

    private VisibilityKey() {
    }

    /** The participants of a session, by its number. */
    public static String cohort(int sessionNumber) {
        return of("cohort", sessionNumber);
    }

    /** The coordinators of the books of a session, by its number. */
    public static String coordinators(int sessionNumber) {
        return of("coordinators", sessionNumber);
    }

    /** One person of the directory (an author of a private note, for example). */
    public static String person(long personId) {
        return of("person", personId);
    }

    /** Any other group a module defines, such as {@code group:7}: a prefix of lower-case letters and hyphens, and an id. */
    public static String of(String prefix, long id) {
        if (!prefix.matches("[a-z-]+")) {
            throw new IllegalArgumentException("A visibility key's prefix is lower-case letters and hyphens: " + prefix);
        }
        return prefix + ":" + id;
    }
}
