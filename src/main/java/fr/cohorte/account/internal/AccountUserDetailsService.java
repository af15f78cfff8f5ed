package fr.cohorte.account.internal;

import java.util.ArrayList;
import java.util.List;

import fr.cohorte.account.Account;
import fr.cohorte.account.RoleGrant;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Local accounts as Spring Security sees them: the e-mail is the user name. Not a bean of its own:
 * only {@link ThrottledPasswordLogin} checks passwords, so that no door skips the throttling.
 */
public class AccountUserDetailsService implements UserDetailsService {

    /** Held by an account that logged in with a one-time password: it may only change it. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return new AccountPrincipal(account.getEmail(), account.hasPassword() ? account.getPasswordHash() : "{noop}",
                account.isEnabled() && account.hasPassword(), authorities(account), account.getPersonId());
    }

    public static List<GrantedAuthority> authorities(Account account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (RoleGrant grant : account.getRoles()) {
            authorities.add(new SimpleGrantedAuthority(grant.role().authority()));
            if (grant.role().isScoped()) {
                authorities.add(new SimpleGrantedAuthority(grant.scopedAuthority()));
            }
        }
        if (account.isMustChangePassword()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return authorities;
    }
}
