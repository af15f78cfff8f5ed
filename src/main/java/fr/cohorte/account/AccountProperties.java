package fr.cohorte.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidity how long an invitation link works
 * @param resetValidity      how long a password-reset link works
 * @param adminEmail         the first administrator's e-mail (COHORTE_ADMIN_EMAIL)
 * @param adminPassword      the first administrator's password (COHORTE_ADMIN_PASSWORD); when empty, a
 *                           one-time password is printed in the log on first start
 */
@ConfigurationProperties("cohorte.account")
public record AccountProperties(
        @DefaultValue("P3D") Duration invitationValidity,
        @DefaultValue("PT1H") Duration resetValidity,
        @DefaultValue("admin@cohorte.localhost") String adminEmail,
        @DefaultValue("") String adminPassword) {
}
