package fr.cohorte.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every password check, from the login form and from the API's Basic authentication alike: refused
 * unread while its login and address must wait ({@link LoginThrottlePolicy}), otherwise checked,
 * counted and audited. A failure of any kind (unknown login, wrong password, account not yet
 * opened) counts the same, so that the throttling itself never tells which logins exist.
 */
@Component
class ThrottledPasswordLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final RecordLogins logins;
    private final Clock clock;

    ThrottledPasswordLogin(AccountRepository repository, PasswordEncoder encoder, LoginThrottle throttle, RecordLogins logins,
                           Clock clock) {
        this.passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(repository));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.logins = logins;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String login = LoginThrottle.normalised(attempt.getName());
        String address = clientAddress(attempt);
        Optional<Instant> nextAttempt = throttle.nextAttemptAt(login, address);
        if (nextAttempt.isPresent()) {
            logins.throttled(login, address, nextAttempt.get());
            throw new LoginThrottledException(Duration.between(clock.instant(), nextAttempt.get()));
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(login, address);
            logins.succeeded(login);
            return authenticated;
        } catch (InternalAuthenticationServiceException broken) {
            // The account could not be read (the database is down, say): that is no wrong password,
            // so it is neither counted nor answered as one, but reaches the "temporarily unavailable" page.
            throw broken.getCause() instanceof RuntimeException cause ? cause : broken;
        } catch (AuthenticationException refused) {
            throttle.failed(login, address);
            logins.failed(login, address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the servlet container saw it: a trusted proxy's X-Forwarded-For is already applied. */
    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
