package fr.cohorte.account;

import java.util.Optional;

import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives a role to a person of the directory who has an account: a book's coordinators get its coordinator role this way. */
@Service
@Transactional
public class GrantRole {

    private final AccountRepository accounts;
    private final AuditTrail audit;

    GrantRole(AccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Grants to the person's account, if they have one; audited when the grant is new. Answers whether the person has an account. */
    public boolean toPerson(Long personId, RoleGrant grant) {
        Optional<Account> account = accounts.findByPersonId(personId);
        account.filter(found -> !found.getRoles().contains(grant)).ifPresent(found -> {
            found.grant(grant);
            audit.record(AuditAction.ROLE_GRANTED, found.getEmail(), grant.inAuditTrail());
        });
        return account.isPresent();
    }
}
