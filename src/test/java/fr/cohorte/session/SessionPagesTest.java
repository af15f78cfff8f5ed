package fr.cohorte.session;

import java.net.http.HttpResponse;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CohorteTest(properties = "cohorte.demo.enabled=true")
class SessionPagesTest {

    @LocalServerPort
    int port;

    WebClient web;

    @BeforeEach
    void client() {
        web = new WebClient(port);
    }

    @Test
    void homeListsTheInstitutionsSessionsWithTheirTheme() {
        Document home = html(web.page("/"));

        assertThat(home.select("h1").text()).isEqualTo("Les sessions nationales");
        Element card = home.selectFirst("a[href=/sessions/34]");
        assertThat(card).isNotNull();
        assertThat(card.text()).isEqualTo("34e session nationale");
        assertThat(home.text()).contains("Construire des espaces de coopération pour l'emploi");
        assertThat(home.select(".fr-header__service-title").text())
                .isEqualTo("Institut national du travail, de l'emploi et de la formation professionnelle");
    }

    @Test
    void sessionPageShowsThemePeriodProblemStatementsAndSeminars() {
        Document page = html(web.page("/sessions/34"));

        assertThat(page.select("h1").text()).isEqualTo("34e session nationale");
        assertThat(page.select(".fr-text--lead").text())
                .isEqualTo("Construire des espaces de coopération pour l'emploi, la formation et le développement économique");
        assertThat(page.select(".cohorte-facts").text()).contains("juin 2015").contains("juin 2016").contains("Terminée");
        assertThat(page.select("#apply-link")).as("no call for applications on a closed session").isEmpty();
        assertThat(page.select("#problem-statements + ol li")).hasSizeGreaterThanOrEqualTo(3);

        var seminars = page.select("tr[data-study-trip]");
        assertThat(seminars).hasSize(5);
        var studyTrips = page.select("tr[data-study-trip=true]");
        assertThat(studyTrips).hasSize(2);
        assertThat(studyTrips.text()).contains("Voyage d’étude").contains("Allemagne").contains("États-Unis");
        assertThat(page.text()).contains("fictifs et donnés à titre d'illustration");
    }

    @Test
    void sessionPageShowsTheCohortByHorizonAsTableAndChart() {
        Document page = html(web.page("/sessions/34"));

        var rows = page.select("#cohort-composition tbody tr");
        assertThat(rows).hasSize(9);
        assertThat(rows.first().select("th").text()).isEqualTo("Dirigeants d'entreprise");
        int sum = rows.stream().mapToInt(row -> Integer.parseInt(row.select("td").first().text())).sum();
        assertThat(sum).isEqualTo(30);
        assertThat(page.select("#cohort-composition tfoot td").first().text()).isEqualTo("30");
        assertThat(page.select("svg[role=img] rect.cohorte-chart__bar")).hasSize(9);
        assertThat(page.select("svg[role=img]").attr("aria-label")).contains("tableau");
    }

    @Test
    void englishIsChosenByTheLangParameterAndRemembered() {
        HttpResponse<String> english = web.page("/sessions/34?lang=en", "fr");
        assertThat(html(english).select("h1").text()).isEqualTo("National session 34");
        assertThat(html(english).select("tr[data-study-trip=true]").text()).contains("Study trip").contains("Germany");
        assertThat(html(english).select("html").attr("lang")).isEqualTo("en");

        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> next = web.send(web.request("/").header("Accept", "text/html").header("Cookie", cookie).GET());
        assertThat(html(next).select("h1").text()).isEqualTo("National sessions");
    }

    @Test
    void browserLanguageIsFollowedWhenWeSpeakItAndFrenchOtherwise() {
        assertThat(html(web.page("/", "en-GB,en;q=0.9")).select("h1").text()).isEqualTo("National sessions");
        assertThat(html(web.page("/", "de-DE,de;q=0.9")).select("h1").text()).isEqualTo("Les sessions nationales");
        assertThat(html(web.page("/", "this is not a language header")).select("h1").text()).isEqualTo("Les sessions nationales");
    }

    @Test
    void unknownSessionGetsA404PageInTheSiteLayout() {
        for (String path : new String[] {"/sessions/999", "/sessions/not-a-number"}) {
            HttpResponse<String> response = web.page(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document page = html(response);
            assertThat(page.select("h1").text()).isEqualTo("Page non trouvée");
            assertThat(page.select("header.fr-header")).isNotEmpty();
            assertThat(page.select("footer.fr-footer")).isNotEmpty();
        }
    }

    @Test
    void footerLinksToTheMandatoryPagesWhichExistInBothLanguages() {
        Document home = html(web.page("/"));
        var links = home.select(".fr-footer__bottom-link");
        assertThat(links.eachText()).containsExactly(
                "Accessibilité : partiellement conforme", "Mentions légales", "Données personnelles", "Gestion des cookies");

        for (Element link : links) {
            Document french = html(web.page(link.attr("href")));
            Document english = html(web.page(link.attr("href") + "?lang=en"));
            assertThat(french.select("h1").text()).isNotBlank();
            assertThat(english.select("h1").text()).isNotBlank().isNotEqualTo(french.select("h1").text());
        }
    }

    @Test
    void everyPageHasSkipLinksToItsLandmarks() {
        Document page = html(web.page("/sessions/34"));

        for (Element skip : page.select(".fr-skiplinks a")) {
            String target = skip.attr("href").substring(1);
            assertThat(page.getElementById(target)).as(skip.text()).isNotNull();
        }
    }

    private static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }
}
