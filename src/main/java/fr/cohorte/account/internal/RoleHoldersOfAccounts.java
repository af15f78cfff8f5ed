package fr.cohorte.account.internal;

import java.util.List;

import fr.cohorte.account.Role;
import fr.cohorte.web.ScopedRoleHolders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers "who holds this scoped role" from the accounts' grants. */
@Component
class RoleHoldersOfAccounts implements ScopedRoleHolders {

    private final AccountRepository accounts;

    RoleHoldersOfAccounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> holding(String role, long scopeId) {
        return accounts.emailsHolding(Role.valueOf(role), scopeId);
    }
}
