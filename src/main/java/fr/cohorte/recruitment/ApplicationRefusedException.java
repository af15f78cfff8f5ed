package fr.cohorte.recruitment;

/** An application the desk cannot take; the reason is a message key shown to the applicant. */
public class ApplicationRefusedException extends RuntimeException {

    private final String reason;

    public ApplicationRefusedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
