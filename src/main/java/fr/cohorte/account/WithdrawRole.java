package fr.cohorte.account;

import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a role back (someone leaves the staff, a juror's session is over, a coordinator leaves a
 * book), audited, and ends the account's open sessions, which still carry it: the change holds at
 * once, not at the next login.
 */
@Service
@Transactional
public class WithdrawRole {

    /** The refusal to take the administrator role from the only account that holds it; its argument is that account's login. */
    public static final String LAST_ADMINISTRATOR = "admin.accounts.last-administrator";

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final SessionsOfAccount sessions;

    WithdrawRole(AccountRepository accounts, AuditTrail audit, SessionsOfAccount sessions) {
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
    }

    /**
     * An administrator withdraws a grant from an account. The last administrator keeps their role, so
     * that somebody can still administer Cohorte: refused as {@link #LAST_ADMINISTRATOR}. Answers the account's login.
     */
    public String fromAccount(Long accountId, RoleGrant grant) {
        Account account = accounts.findById(accountId).orElseThrow(() -> Accounts.notFound(accountId));
        if (grant.equals(RoleGrant.global(Role.ADMIN)) && account.getRoles().contains(grant)
                && !accounts.existsOtherWithRole(Role.ADMIN, accountId)) {
            throw Refusal.conflict(LAST_ADMINISTRATOR, account.getEmail()).exception();
        }
        withdraw(account, grant);
        return account.getEmail();
    }

    /** Withdraws a grant from a person's account, if they have one and it holds the grant. */
    public void fromPerson(Long personId, RoleGrant grant) {
        accounts.findByPersonId(personId).ifPresent(found -> withdraw(found, grant));
    }

    private void withdraw(Account account, RoleGrant grant) {
        if (account.revoke(grant)) {
            audit.record(AuditAction.ROLE_REVOKED, account.getEmail(), grant.inAuditTrail());
            sessions.endAll(account.getEmail());
        }
    }
}
