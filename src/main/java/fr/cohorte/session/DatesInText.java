package fr.cohorte.session;

import java.util.regex.Pattern;

/**
 * Whether a text staff wrote mentions a date or a year ("le 14/03", "2016-03-14", "14 mars",
 * "March 14", "en 2016"): such a text copied into a later session is likely out of date.
 */
final class DatesInText {

    private static final String MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
            + "|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december";

    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2}/\\d{1,2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b"   // 14/03, 14.03.2016
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"                          // 2016-03-14
            + "|\\b\\d{1,2}(?:er)?\\s+(?:" + MONTHS + ")\\b"         // 14 mars, 1er avril
            + "|\\b(?:" + MONTHS + ")\\s+\\d{1,2}(?:st|nd|rd|th)?\\b" // March 14th
            + "|\\b(?:19|20)\\d{2}\\b",                             // 2016
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private DatesInText() {
    }

    static boolean mentionsADate(String text) {
        return text != null && DATE.matcher(text).find();
    }
}
