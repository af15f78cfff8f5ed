package fr.cohorte.web;

import java.util.List;

/**
 * An export asked in a format Cohorte does not write (a {@code ?format=pdf} on a spreadsheet's route):
 * refused with a 400 page that names the formats offered, rather than answered with another file.
 */
public class ExportFormatRefusedException extends RuntimeException {

    /** Enough of a typed value to recognise it, not a whole forged address echoed back. */
    private static final int SHOWN = 40;

    private final String value;
    private final List<String> offered;

    public ExportFormatRefusedException(String value, List<String> offered) {
        super("Export format not offered");
        this.value = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        this.offered = List.copyOf(offered);
    }

    String value() {
        return value;
    }

    String offered() {
        return String.join(", ", offered);
    }
}
