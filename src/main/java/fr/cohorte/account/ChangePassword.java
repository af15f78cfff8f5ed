package fr.cohorte.account;

import java.util.List;

import fr.cohorte.account.internal.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in person replaces their password, giving the current one first. */
@Service
@Transactional
public class ChangePassword {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SetPassword setPassword;

    ChangePassword(AccountRepository accounts, PasswordEncoder passwords, SetPassword setPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.setPassword = setPassword;
    }

    /**
     * Refused as {@link PasswordPolicy#REFUSED}, for {@code password.current-wrong}, when the current password is
     * not theirs, and when the new one breaks a rule.
     */
    public void of(String email, String current, String password, String confirmation) {
        Account account = accounts.findByEmail(email).orElseThrow();
        if (!account.hasPassword() || !passwords.matches(current, account.getPasswordHash())) {
            throw PasswordPolicy.refused(List.of("password.current-wrong"));
        }
        setPassword.of(account, password, confirmation);
    }
}
