package fr.cohorte.account.internal;

import java.time.Clock;
import java.util.Optional;

import fr.cohorte.account.Account;
import fr.cohorte.account.AccountProperties;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure somebody can administer Cohorte: with no administrator, the configured address
 * (COHORTE_ADMIN_EMAIL) becomes one, with the configured password or a generated one-time password.
 */
@Service
@Transactional
class EnsureFirstAdministrator {

    private final AccountRepository accounts;
    private final Persons persons;
    private final PasswordEncoder passwords;
    private final AccountProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    EnsureFirstAdministrator(AccountRepository accounts, Persons persons, PasswordEncoder passwords,
                             AccountProperties properties, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.passwords = passwords;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Answers the one-time password to print when one had to be generated (no COHORTE_ADMIN_PASSWORD given). */
    public Optional<String> ensure() {
        if (accounts.existsWithRole(Role.ADMIN)) {
            return Optional.empty();
        }
        String email = properties.adminEmail();
        Person person = persons.findOrCreate(email, "Administrateur", "Cohorte");
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.save(new Account(person.getId(), email, clock.instant())));
        account.grant(RoleGrant.global(Role.ADMIN));
        boolean generated = properties.adminPassword().isBlank();
        String password = generated ? Secrets.newPassword() : properties.adminPassword();
        account.changePassword(passwords.encode(password), generated);
        audit.record("system", AuditAction.ROLE_GRANTED, email, AuditDetail.of("audit.detail.role.first-administrator"));
        return generated ? Optional.of(password) : Optional.empty();
    }
}
