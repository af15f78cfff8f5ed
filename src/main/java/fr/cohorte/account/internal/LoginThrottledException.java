package fr.cohorte.account.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused unread because too many wrong passwords came before it. It says the
 * same, and costs the same, whether the login names an account or not.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many attempts, try again in " + minutes(wait) + (minutes(wait) == 1 ? " minute" : " minutes"));
        this.wait = wait;
    }

    /** The whole minutes to wait, rounded up: "try again in 1 minute" even when 10 seconds remain. */
    public long minutes() {
        return minutes(wait);
    }

    public long seconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
