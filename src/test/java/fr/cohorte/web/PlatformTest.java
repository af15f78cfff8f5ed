package fr.cohorte.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CohorteTest
class PlatformTest {

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void client() {
        web = new WebClient(port);
    }

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        HttpResponse<String> health = web.send(web.request("/actuator/health").GET());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void pagesCarryHeadersThatForbidFramingAndForeignScripts() {
        HttpResponse<String> home = web.page("/");

        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void pagesHaveNoInlineScriptThatThePolicyWouldBlock() {
        String body = web.page("/").body();

        assertThat(body).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(body).doesNotContain(" style=\"");
    }

    @Test
    void writesWithoutAnAccountAreRefused() {
        HttpResponse<String> post = web.send(web.request("/").POST(HttpRequest.BodyPublishers.ofString("x=1")));

        assertThat(post.statusCode()).isEqualTo(403);
    }

    @Test
    void theVendoredDesignSystemIsServed() {
        assertThat(web.send(web.request("/dsfr/dsfr.min.css").GET()).statusCode()).isEqualTo(200);
        assertThat(web.send(web.request("/dsfr/dsfr.module.min.js").GET()).statusCode()).isEqualTo(200);
        assertThat(web.send(web.request("/webjars/htmx.org/dist/htmx.min.js").GET()).statusCode()).isEqualTo(200);
    }
}
