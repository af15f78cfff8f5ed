package fr.cohorte.web;

import java.util.Locale;

/**
 * What a search box's words become in a SQL {@code LIKE}: lower case, anywhere in the text, with the
 * wildcards a person may type taken literally. Queries use {@link #ESCAPE} as their escape character.
 */
public final class SearchPattern {

    public static final char ESCAPE = '!';

    private SearchPattern() {
    }

    public static String containing(String words) {
        String text = words == null ? "" : words.trim().toLowerCase(Locale.ROOT);
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
