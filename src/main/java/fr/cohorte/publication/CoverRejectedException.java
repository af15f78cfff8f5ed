package fr.cohorte.publication;

/** An uploaded image that cannot become a publication's cover; the message key says what to fix. */
public class CoverRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    CoverRejectedException(String field, String messageKey, Object... arguments) {
        super("Cover refused: " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The form's field the message goes under: the file or its alternative text. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments when it has its own (an image's size in pixels), otherwise empty. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
