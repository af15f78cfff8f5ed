package fr.cohorte.web;

/**
 * What every form does to an optional text field before keeping it: nothing typed, or only spaces,
 * is no value at all; anything else is kept without its surrounding spaces.
 */
public final class Text {

    private static final int EXCERPT = 40;

    private Text() {
    }

    /** {@code null} when nothing but spaces was typed, else the text {@link String#trim() trimmed}. */
    /** Enough of a typed value to recognise it, not a whole forged address echoed back. */
    public static String excerpt(String typed) {
        return typed.length() > EXCERPT ? typed.substring(0, EXCERPT) + "…" : typed;
    }

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
