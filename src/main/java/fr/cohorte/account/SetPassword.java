package fr.cohorte.account;

import fr.cohorte.account.internal.AccountLink;
import fr.cohorte.account.internal.AccountLinks;
import fr.cohorte.account.internal.AccountRepository;
import fr.cohorte.account.internal.LoginThrottle;
import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone chooses their password through the link of an invitation or a reset; the link can then
 * not be used again. The password must keep {@link PasswordPolicy}.
 */
@Service
@Transactional
public class SetPassword {

    /** The refusal of a link that was never issued, was already used, or has expired. */
    public static final String LINK_UNUSABLE = "account.link.invalid";

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    SetPassword(AccountRepository accounts, AccountLinks links, PasswordEncoder passwords, LoginThrottle throttle,
                AuditTrail audit) {
        this.accounts = accounts;
        this.links = links;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Sets the password of the account the link opens; refused as {@link #LINK_UNUSABLE} (gone) when
     * it opens none, and as {@link PasswordPolicy#REFUSED} when the password breaks a rule. A reset
     * proves the mailbox is theirs, so the wrong passwords counted against the login are forgotten.
     */
    public Account throughLink(String token, LinkPurpose purpose, String password, String confirmation) {
        AccountLink link = links.usable(token, purpose).orElseThrow(SetPassword::unusableLink);
        Account account = accounts.findById(link.getAccountId()).orElseThrow(SetPassword::unusableLink);
        of(account, password, confirmation);
        links.use(link);
        if (purpose == LinkPurpose.PASSWORD_RESET) {
            throttle.clear(account.getEmail());
        }
        return account;
    }

    /** Sets the password of an account whose owner has proved who they are, once it keeps the policy; audited. */
    void of(Account account, String password, String confirmation) {
        PasswordPolicy.check(password, confirmation, account.getEmail());
        account.changePassword(passwords.encode(password), false);
        audit.record(account.getEmail(), AuditAction.PASSWORD_SET, account.getEmail());
    }

    private static RefusedException unusableLink() {
        return Refusal.gone(LINK_UNUSABLE).exception();
    }
}
