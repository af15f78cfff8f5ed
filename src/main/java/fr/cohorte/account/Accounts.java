package fr.cohorte.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.account.internal.AccountLinks;
import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.account.internal.LoginThrottle;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looking accounts up. What changes them is a use case of its own, named for what it does:
 * {@link InvitePerson}, {@link GrantRole}, {@link WithdrawRole}, {@link SetPassword},
 * {@link ChangePassword}, {@link RequestPasswordReset}, {@link ClearLoginThrottle}.
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

    /** The refusal of an account number that names no account; its argument is the number. */
    public static final String NOT_FOUND = "account.refused.not-found";

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final LoginThrottle throttle;

    Accounts(AccountRepository accounts, AccountLinks links, LoginThrottle throttle) {
        this.accounts = accounts;
        this.links = links;
        this.throttle = throttle;
    }

    public Optional<Account> byEmail(String email) {
        return accounts.findByEmail(email.trim());
    }

    public Optional<Account> byId(Long id) {
        return accounts.findById(id);
    }

    public List<Account> all() {
        return accounts.findAllByOrderByEmailAsc();
    }

    /** The account a link opens, if the link still works: it was issued for that purpose, is not used and has not expired. */
    public Optional<Account> openedBy(String token, LinkPurpose purpose) {
        return links.usable(token, purpose).flatMap(link -> accounts.findById(link.getAccountId()));
    }

    /** The refusal of an action on an account that does not exist (any more). */
    static RefusedException notFound(Long id) {
        return Refusal.notFound(NOT_FOUND, id).exception();
    }

    /** The logins of accounts whose next attempt must wait from some address, and until when. */
    public Map<String, Instant> slowedLogins() {
        return throttle.slowedLogins();
    }
}
