package fr.cohorte.account.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the COHORTE_OIDC_* and COHORTE_PROCONNECT_* settings into Spring Security client
 * registrations, and only for the providers whose client id is given: Spring Boot creates a client
 * registration for every one it finds, so writing them unconditionally in application.properties
 * would make the application fail to start when no provider is configured.
 */
public class SingleSignOnEnvironment implements EnvironmentPostProcessor, Ordered {

    /** The registration id of the generic provider (Keycloak and the like). */
    public static final String GENERIC = "oidc";

    /** The registration id of ProConnect, the State's login for public agents. */
    public static final String PROCONNECT = "proconnect";

    private static final String REGISTRATION = "spring.security.oauth2.client.registration.";
    private static final String PROVIDER = "spring.security.oauth2.client.provider.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (StringUtils.hasText(environment.getProperty("COHORTE_OIDC_CLIENT_ID"))) {
            register(properties, GENERIC, "COHORTE_OIDC");
            properties.put(REGISTRATION + GENERIC + ".client-name", "${COHORTE_OIDC_DISPLAY_NAME:SSO}");
            properties.put(REGISTRATION + GENERIC + ".scope", "openid,email,profile");
        }
        if (StringUtils.hasText(environment.getProperty("COHORTE_PROCONNECT_CLIENT_ID"))) {
            register(properties, PROCONNECT, "COHORTE_PROCONNECT");
            properties.put(REGISTRATION + PROCONNECT + ".client-name", "ProConnect");
            // ProConnect only accepts the secret in the form body, and names its claims this way.
            properties.put(REGISTRATION + PROCONNECT + ".client-authentication-method", "client_secret_post");
            properties.put(REGISTRATION + PROCONNECT + ".scope", "openid,email,given_name,usual_name");
        }
        if (!properties.isEmpty()) {
            // Added last so that spring.security.oauth2.client.* set explicitly anywhere else wins.
            environment.getPropertySources().addLast(new MapPropertySource("cohorteSingleSignOn", properties));
        }
    }

    /** Values are placeholders, resolved when bound, so that any property source may provide them. */
    private static void register(Map<String, Object> properties, String registrationId, String prefix) {
        properties.put(REGISTRATION + registrationId + ".provider", registrationId);
        properties.put(REGISTRATION + registrationId + ".client-id", "${" + prefix + "_CLIENT_ID}");
        properties.put(REGISTRATION + registrationId + ".client-secret", "${" + prefix + "_CLIENT_SECRET:}");
        properties.put(REGISTRATION + registrationId + ".authorization-grant-type", "authorization_code");
        properties.put(PROVIDER + registrationId + ".issuer-uri", "${" + prefix + "_ISSUER_URI}");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
