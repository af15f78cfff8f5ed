package fr.cohorte.directory;

/** An upload that cannot be a person's photo; the message code says why, in the person's language. */
public class PhotoRejectedException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public PhotoRejectedException(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }
}
