package fr.cohorte.publication;

/** An uploaded image that cannot become a publication's cover; the message key says what to fix. */
public class CoverRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    CoverRejectedException(String field, String messageKey) {
        super("Cover refused: " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form's field the message goes under: the file or its alternative text. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
