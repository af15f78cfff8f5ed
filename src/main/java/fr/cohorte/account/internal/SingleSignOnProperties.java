package fr.cohorte.account.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedDomains e-mail domains whose people get an account, with no role, the first time they
 *                       log in through an identity provider (COHORTE_OIDC_ALLOWED_DOMAINS); anyone else
 *                       needs an account an administrator created
 */
@ConfigurationProperties("cohorte.oidc")
record SingleSignOnProperties(@DefaultValue List<String> allowedDomains) {

    boolean allowsAccountFor(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
        return allowedDomains.stream()
                .map(allowed -> allowed.trim().toLowerCase(Locale.ROOT))
                .anyMatch(allowed -> !allowed.isEmpty() && allowed.equals(domain));
    }
}
