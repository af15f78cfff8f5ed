package fr.cohorte.web;

/**
 * What every form does to an optional text field before keeping it: nothing typed, or only spaces,
 * is no value at all; anything else is kept without its surrounding spaces.
 */
public final class Text {

    private Text() {
    }

    /** {@code null} when nothing but spaces was typed, else the text {@link String#trim() trimmed}. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * {@code null} when nothing but spaces was typed, else the text {@link String#strip() stripped}
     * of every kind of Unicode space around it (em and ideographic spaces too, not non-breaking ones).
     */
    public static String blankToNullStripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
