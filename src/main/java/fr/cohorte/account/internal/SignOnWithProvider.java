package fr.cohorte.account.internal;

import java.time.Clock;
import java.util.Optional;

import fr.cohorte.account.Account;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Person;
import fr.cohorte.directory.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account of someone an identity provider vouched for, by e-mail. Someone with no account
 * gets one, with no role, when their e-mail domain is allowed ({@link SingleSignOnProperties}); an
 * administrator grants roles later. Anyone else needs an account an administrator created.
 */
@Service
@Transactional
class SignOnWithProvider {

    private final AccountRepository accounts;
    private final Persons persons;
    private final SingleSignOnProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    SignOnWithProvider(AccountRepository accounts, Persons persons, SingleSignOnProperties properties, AuditTrail audit,
                       Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Account> accountFor(String email, String givenName, String familyName, String provider) {
        Optional<Account> existing = accounts.findByEmail(email.trim());
        if (existing.isPresent() || !properties.allowsAccountFor(email)) {
            return existing;
        }
        Person person = persons.findOrCreate(email, givenName, familyName);
        Account account = accounts.save(new Account(person.getId(), email, clock.instant()));
        audit.record(email, AuditAction.CREATED, account.getEmail(), AuditDetail.of("audit.detail.account.created-through", provider));
        return Optional.of(account);
    }
}
