package fr.cohorte.web;

import java.net.http.HttpResponse;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

@CohorteTest
@Import(ErrorPagesTest.FailingPage.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void client() {
        web = new WebClient(port);
    }

    @Test
    void aServerErrorShowsThe500PageAndNeverTheStackTrace() {
        HttpResponse<String> response = web.page("/sessions/failure-for-test");

        assertThat(response.statusCode()).isEqualTo(500);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Erreur inattendue");
        assertThat(page.select("header.fr-header")).isNotEmpty();
        assertThat(response.body())
                .doesNotContain("secret detail of the failure")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at fr.cohorte");
    }

    @Test
    void aServerErrorAnswersAnApiClientWithoutTheStackTraceEither() {
        HttpResponse<String> response = web.send(web.request("/sessions/failure-for-test").header("Accept", "application/json").GET());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret detail of the failure").doesNotContain("trace");
    }

    @Test
    void theErrorPageSpeaksTheVisitorsLanguage() {
        Document page = Jsoup.parse(web.page("/sessions/failure-for-test", "en").body());

        assertThat(page.select("h1").text()).isEqualTo("Unexpected error");
    }

    /** A public page that fails, under a path the security rules already open to visitors. */
    @TestConfiguration
    @Controller
    static class FailingPage {

        @GetMapping("/sessions/failure-for-test")
        String fail() {
            throw new IllegalStateException("secret detail of the failure");
        }
    }
}
