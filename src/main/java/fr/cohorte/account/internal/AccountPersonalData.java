package fr.cohorte.account.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cohorte.directory.PersonalDataSource;
import org.springframework.stereotype.Component;

/** A person's account, if they have one: login address, roles, dates; never the password hash. */
@Component
class AccountPersonalData implements PersonalDataSource {

    private final AccountRepository accounts;

    AccountPersonalData(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Set<String> tables() {
        return Set.of("account");
    }

    @Override
    public List<Map<String, Object>> about(Long personId) {
        return accounts.findByPersonId(personId).stream().map(account -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("email", account.getEmail());
            row.put("roles", account.getRoles().stream()
                    .map(grant -> grant.scopeId() == 0 ? grant.role().name() : grant.scopedAuthority()).sorted().toList());
            row.put("createdAt", account.getCreatedAt());
            row.put("lastLoginAt", account.getLastLoginAt());
            return row;
        }).toList();
    }
}
