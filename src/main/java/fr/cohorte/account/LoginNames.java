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

    /**
     * The directory's person behind this login, if it is an account's; an erased account's pseudonym
     * ({@link Account#pseudonym()}, which replaced its address in reviews and the trail) leads to the
     * anonymised person, so pages read "Personne anonymisée" rather than an internal id.
     */
    public Optional<Long> personOf(String login) {
        if (login == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher pseudonym = PSEUDONYM.matcher(login);
        if (pseudonym.matches()) {
            return accounts.findById(Long.valueOf(pseudonym.group(1))).filter(account -> login.equals(account.pseudonym()))
                    .map(Account::getPersonId);
        }
        return accounts.findByEmail(login).map(Account::getPersonId);
    }

    private static final java.util.regex.Pattern PSEUDONYM = java.util.regex.Pattern.compile("account-(\\d{1,18})");

    /** The login address of this person's account, if they have one. */
    public Optional<String> loginOf(Long personId) {
        return accounts.findByPersonId(personId).map(Account::getEmail);
    }

    /**
     * Each login with the full name of its account's person, in the order given; a login that is no
     * account's stands for itself.
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
