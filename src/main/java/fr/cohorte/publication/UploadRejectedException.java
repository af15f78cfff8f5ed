package fr.cohorte.publication;

/** An uploaded file that cannot become a publication's PDF; the reason names what to fix. */
public class UploadRejectedException extends RuntimeException {

    public enum Reason { EMPTY, NOT_A_PDF, TOO_LARGE }

    private final Reason reason;

    public UploadRejectedException(Reason reason) {
        super("Upload rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key that explains the reason to the person who uploaded. */
    public String messageKey() {
        return "publication.upload." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
