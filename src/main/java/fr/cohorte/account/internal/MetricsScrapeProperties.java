package fr.cohorte.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret a Prometheus server sends to read {@code /actuator/prometheus}
 * ({@code Authorization: Bearer <token>}): it reads the metrics and nothing else. Without it, only an
 * administrator's credentials read them.
 *
 * @param scrapeToken the secret, at least {@value #SHORTEST} characters; empty for none
 */
@ConfigurationProperties("cohorte.metrics")
record MetricsScrapeProperties(String scrapeToken) {

    static final int SHORTEST = 24;

    MetricsScrapeProperties {
        scrapeToken = scrapeToken == null || scrapeToken.isBlank() ? null : scrapeToken.strip();
        if (scrapeToken != null && scrapeToken.length() < SHORTEST) {
            throw new IllegalArgumentException("COHORTE_METRICS_SCRAPE_TOKEN must have at least " + SHORTEST
                    + " characters (it has " + scrapeToken.length() + "): generate one with `openssl rand -hex 32`");
        }
    }

    /** Whether the presented secret is the configured one, compared in constant time. */
    boolean accepts(String presented) {
        return scrapeToken != null && presented != null
                && MessageDigest.isEqual(scrapeToken.getBytes(StandardCharsets.UTF_8), presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
