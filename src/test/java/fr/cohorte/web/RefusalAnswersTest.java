package fr.cohorte.web;

import java.net.http.HttpResponse;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal reaches a visitor's page said in their language, as the one advice answers every
 * {@link RefusedException}: an unknown session is a 404 page that names the number asked for.
 */
@CohorteTest
class RefusalAnswersTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownSessionIsA404PageThatNamesTheNumberInTheVisitorsLanguage() {
        WebClient web = new WebClient(port);

        HttpResponse<String> french = web.page("/sessions/999", "fr");
        HttpResponse<String> english = web.page("/sessions/999", "en");

        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(english.statusCode()).isEqualTo(404);
        Document frenchPage = Jsoup.parse(french.body());
        Document englishPage = Jsoup.parse(english.body());
        assertThat(frenchPage.select("#error-reason").text()).isEqualTo("Il n’y a pas de 999e session.");
        assertThat(englishPage.select("#error-reason").text()).isEqualTo("There is no session number 999.");
        assertThat(englishPage.select("h1").text()).isNotEqualTo(frenchPage.select("h1").text());
    }
}
