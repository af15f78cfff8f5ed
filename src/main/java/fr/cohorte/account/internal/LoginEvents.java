package fr.cohorte.account.internal;

import fr.cohorte.account.Accounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords and records logins, for every way in that checks a password: the login
 * form and the API's Basic authentication publish the same events.
 */
@Component
class LoginEvents {

    private final Accounts accounts;

    LoginEvents(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            accounts.recordSuccessfulLogin(event.getAuthentication().getName());
        }
    }
}
