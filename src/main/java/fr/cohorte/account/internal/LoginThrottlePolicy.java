package fr.cohorte.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords slow down the next attempts (OWASP ASVS 2.2.1), whatever door they come
 * through (login form or the API's Basic authentication). Two counts are kept: one for the login
 * and client address together, and one for the client address over every login. Past its free
 * attempts, each wrong password makes that count wait before the next attempt: the first delay,
 * then twice as long after each further one, up to the longest delay. Nothing locks an account:
 * its owner, from another address, logs in as usual, and access tokens never go through here.
 *
 * @param freeAttemptsPerLoginAndAddress wrong passwords for one login from one address before the next must wait
 * @param freeAttemptsPerAddress         wrong passwords from one address, over every login, before the next must wait
 * @param firstDelay                     the wait after the last free attempt
 * @param maxDelay                       the longest wait, however many wrong passwords follow
 * @param forgetAfter                    a count with no wrong password for this long starts again from zero
 */
@ConfigurationProperties("cohorte.login.throttle")
record LoginThrottlePolicy(
        @DefaultValue("5") int freeAttemptsPerLoginAndAddress,
        @DefaultValue("20") int freeAttemptsPerAddress,
        @DefaultValue("PT1M") Duration firstDelay,
        @DefaultValue("PT15M") Duration maxDelay,
        @DefaultValue("PT1H") Duration forgetAfter) {

    /**
     * When the next attempt of a count may be made, given its wrong passwords so far and the
     * moment of the last one; empty when it may be made at once.
     */
    Optional<Instant> nextAttemptAt(int failures, Instant lastFailure, int freeAttempts, Instant now) {
        if (failures < freeAttempts || lastFailure.plus(forgetAfter).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(lastFailure.plus(delayAfter(failures - freeAttempts))).filter(now::isBefore);
    }

    /** The first delay doubled {@code doublings} times, never longer than the cap. */
    Duration delayAfter(int doublings) {
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
