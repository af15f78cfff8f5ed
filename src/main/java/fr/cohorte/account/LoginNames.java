package fr.cohorte.account;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.directory.Persons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a login address belongs to, for pages that name people instead of showing their address
 * (the jurors of a session, the author of a chapter's version).
 */
@Service
@Transactional(readOnly = true)
public class LoginNames {

    private final AccountRepository accounts;
    private final Persons persons;

    LoginNames(AccountRepository accounts, Persons persons) {
        this.accounts = accounts;
        this.persons = persons;
    }

    /** The directory's person behind this login, if it is an account's. */
    public Optional<Long> personOf(String login) {
        return login == null ? Optional.empty() : accounts.findByEmail(login).map(Account::getPersonId);
    }

    /** The login address of this person's account, if they have one. */
    public Optional<String> loginOf(Long personId) {
        return accounts.findByPersonId(personId).map(Account::getEmail);
    }

    /**
     * Each login with the full name of its account's person, in the order given; a login that is no
     * account's (such as an erased account's pseudonym) stands for itself.
     */
    public Map<String, String> of(Collection<String> logins) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String login : logins) {
            names.computeIfAbsent(login, l -> personOf(l)
                    .flatMap(id -> Optional.ofNullable(persons.names(java.util.List.of(id)).get(id))).orElse(l));
        }
        return names;
    }
}
