package fr.cohorte.web;

/**
 * A paging parameter that has no nearest valid value: a page or a size that is not a number, an
 * order direction that is neither true nor false. Shown as a 400 page that names it.
 */
class PagingRefusedException extends RuntimeException {

    /** Enough of a typed value to recognise it, not a whole forged address echoed back. */
    private static final int SHOWN = 40;

    private final String parameter;
    private final String value;

    PagingRefusedException(String parameter, String value) {
        super("Paging parameter " + parameter + " not understood");
        this.parameter = parameter;
        this.value = value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
    }

    String messageKey() {
        return "list.refused." + parameter;
    }

    String value() {
        return value;
    }
}
