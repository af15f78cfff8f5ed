package fr.cohorte.account;

import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.account.internal.LoginThrottle;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator lets someone try their password again at once, from wherever they are: the wrong
 * passwords counted against the account's login are forgotten. Those counted against an address over
 * every login stay, since they tell of that address, not of this account.
 */
@Service
@Transactional
public class ClearLoginThrottle {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    ClearLoginThrottle(AccountRepository accounts, LoginThrottle throttle, AuditTrail audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Answers the login cleared. */
    public String of(Long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> Accounts.notFound(accountId));
        throttle.clear(account.getEmail());
        audit.record(AuditAction.LOGIN_THROTTLE_CLEARED, account.getEmail());
        return account.getEmail();
    }
}
