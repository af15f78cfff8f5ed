package fr.cohorte.web;

/**
 * An upload {@link ImageIntake} does not take. The message key of a reason shared by every use is
 * {@link #messageKey()}; the accepted formats differ by use, so each names them in its own words.
 */
public class ImageRefusedException extends RuntimeException {

    public enum Reason {
        /** Not a JPEG, PNG or WebP by its bytes, or not one this use accepts. */
        NOT_AN_ACCEPTED_FORMAT(null),
        /** Its header cannot be read as the format its first bytes announce. */
        UNREADABLE("image.unreadable"),
        /** Wider or taller than the limit; the arguments are its width, its height and the limit. */
        TOO_MANY_PIXELS("image.too-many-pixels");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;
    private final transient Object[] arguments;

    ImageRefusedException(Reason reason, Object... arguments) {
        super("Image refused: " + reason);
        this.reason = reason;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    /** The message of a shared reason, or null for {@link Reason#NOT_AN_ACCEPTED_FORMAT}. */
    public String messageKey() {
        return reason.messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
