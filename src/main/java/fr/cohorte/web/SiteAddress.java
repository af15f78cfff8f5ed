package fr.cohorte.web;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Cohorte is reached, and who stands in front of it.
 *
 * @param baseUrl        the address people and harvesters use (COHORTE_BASE_URL). Every absolute link
 *                       (mails, citations, OAI-PMH, Scholar and Dublin Core tags, calendar feeds) is
 *                       built from it, never from the request's Host or X-Forwarded-Host, which any
 *                       client can write.
 * @param trustedProxies the reverse proxies, as addresses or CIDR ranges, whose X-Forwarded-For and
 *                       X-Forwarded-Proto are believed (COHORTE_TRUSTED_PROXIES); those headers from
 *                       anyone else are ignored. Loopback by default: a proxy on the same machine
 *                       works as is, and no other machine is believed until it is named.
 */
@ConfigurationProperties("cohorte.site")
public record SiteAddress(
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> trustedProxies) {

    public SiteAddress {
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("COHORTE_BASE_URL must be an absolute http(s) address, such as https://cohorte.example.fr");
        }
    }

    /** The absolute address of a path of the site, such as {@code /publications/12}. */
    public String link(String path) {
        return baseUrl.toString().replaceAll("/+$", "") + path;
    }

    /** The host name of the base address, as calendar UIDs and OAI-PMH identifiers may use it. */
    public String host() {
        return baseUrl.getHost();
    }
}
