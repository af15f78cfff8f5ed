package fr.cohorte.web;

/**
 * The one exception by which Cohorte refuses an action: it carries a {@link Refusal} and means that
 * nothing was changed (the transaction it leaves rolls back). {@link RefusalAdvice} answers it.
 */
public class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(refusal.code() + refusal.arguments());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
