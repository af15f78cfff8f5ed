package fr.cohorte.account;

import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts that tests need ready to log in: invited like any account, with the password its owner
 * would have chosen from the invitation mail.
 */
@Component
public class TestAccounts {

    private final InvitePerson invitePerson;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    TestAccounts(InvitePerson invitePerson, JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.invitePerson = invitePerson;
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public String create(String email, RoleGrant grant, String password) {
        invitePerson.invite(email, "Test", email.substring(0, email.indexOf('@')), grant, Locale.FRENCH);
        jdbc.update("update account set password_hash = ? where email = ?", passwords.encode(password), email);
        return email;
    }
}
