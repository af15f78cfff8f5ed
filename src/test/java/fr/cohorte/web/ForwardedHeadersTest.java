package fr.cohorte.web;

import java.net.http.HttpResponse;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (the tests' loopback, trusted by default): its X-Forwarded-Proto makes
 * the request secure, but no forwarded host ever reaches a link or a redirect, which come from
 * COHORTE_BASE_URL.
 */
@CohorteTest
class ForwardedHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    SiteAddress site;

    @Test
    void aTrustedProxysForwardedProtoMakesTheRequestSecure() {
        WebClient web = new WebClient(port);

        HttpResponse<String> overTls = web.send(web.request("/").header("X-Forwarded-Proto", "https").GET());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> plain = web.send(web.request("/").GET());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void linksAndRedirectsKeepTheConfiguredAddressWhateverHostTheProxyForwards() {
        WebClient web = new WebClient(port);

        HttpResponse<String> identify = web.send(web.request("/oai?verb=Identify").header("X-Forwarded-Host", "evil.test").GET());
        assertThat(identify.body()).contains("<baseURL>" + site.link("/oai") + "</baseURL>").doesNotContain("evil.test");

        HttpResponse<String> toLogin = web.send(web.request("/me").header("X-Forwarded-Host", "evil.test")
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login").doesNotContain("evil.test"));
    }
}
