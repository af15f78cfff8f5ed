package fr.cohorte.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes the X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host and X-Forwarded-Port headers
 * only when the connection comes from one of {@link SiteAddress#trustedProxies()}. Tomcat's own
 * valve does it, before any filter: the client address then names the visitor behind the proxy
 * (for login throttling and the audit trail), and a request the proxy received over TLS is secure
 * (HSTS, secure cookies). From any other client these headers change nothing.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final SiteAddress site;

    TrustedProxies(SiteAddress site) {
        this.site = site;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        // Without a range, Tomcat would read the list as a regular expression, and an empty one as "nobody".
        valve.setInternalProxies(ranges(site.trustedProxies()));
        valve.setTrustedProxies("");
        factory.addEngineValves(valve);
    }

    /** The proxies as CIDR ranges: a bare address is a range of one. */
    static String ranges(List<String> proxies) {
        return proxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(entry -> {
            String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
            boolean v4 = IPV4.matcher(address).matches();
            if (!v4 && !IPV6.matcher(address).matches()) {
                throw new IllegalArgumentException("COHORTE_TRUSTED_PROXIES: '" + entry
                        + "' is not an address or a CIDR range (write 10.0.0.5, 10.0.0.0/8 or fd00::/8)");
            }
            return entry.contains("/") ? entry : entry + (v4 ? "/32" : "/128");
        }).collect(Collectors.joining(", "));
    }
}
