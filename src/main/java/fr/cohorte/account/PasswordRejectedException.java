package fr.cohorte.account;

import java.util.List;

/** A password that breaks the policy; carries the message keys of every broken rule. */
public class PasswordRejectedException extends RuntimeException {

    private final List<String> reasons;

    public PasswordRejectedException(List<String> reasons) {
        super("Password rejected: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
