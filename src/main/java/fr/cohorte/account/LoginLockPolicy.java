package fr.cohorte.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Repeated wrong passwords lock an account for a while, whatever door they come through (login
 * form or the API's Basic authentication).
 *
 * @param maxFailures  wrong passwords in a row that lock the account
 * @param lockDuration how long it stays locked, unless an administrator lifts the lock
 */
@ConfigurationProperties("cohorte.login")
public record LoginLockPolicy(@DefaultValue("10") int maxFailures, @DefaultValue("PT15M") Duration lockDuration) {
}
