package fr.cohorte.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.grouping.CohortMember;
import fr.cohorte.grouping.GroupWork;
import fr.cohorte.grouping.Round;
import fr.cohorte.grouping.RoundSizing;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.SessionCatalogue;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused action is said where the person is, in their language, and nothing changes: after a form, above the
 * content of the page the form was on ({@code #page-refusal}); to the API, as a problem in the same words.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class RefusalAdviceTest {

    private static final String PASSWORD = "Un refus dit au bon endroit";
    private static final String GROUPS = "/staff/sessions/34/groups";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GroupWork work;

    @Autowired
    SessionCatalogue sessions;

    @Autowired
    JdbcTemplate jdbc;

    private String staffEmail;

    @BeforeEach
    void staff() {
        staffEmail = "refus-page-" + System.nanoTime() + "@cohorte.test";
        accounts.create(staffEmail, RoleGrant.global(Role.STAFF), PASSWORD);
    }

    @AfterEach
    void forgetRounds() {
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
    }

    @Test
    void aLockIntoAGroupTheRoundLacksIsRefusedAboveTheRoundsPageInTheReadersLanguageAndLocksNobody() {
        Round round = work.createRounds(34, new RoundSizing(sessions.byNumber(34).getSeminars().getFirst().getId(), null, 6, null, null), 1)
                .getFirst();
        CohortMember someone = work.of(34).cohort().get(2);
        String page = GROUPS + "/rounds/" + round.getId();
        Map<String, String> intoGroupNine = Map.of("participant", String.valueOf(someone.participantId()), "group", "9");

        BrowserlessSession french = staffSession();
        french.get(page);
        Document frenchRefused = french.submit(page + "/locks", intoGroupNine);
        BrowserlessSession english = staffSession();
        english.get(page + "?lang=en");
        Document englishRefused = english.submit(page + "/locks", intoGroupNine);

        assertThat(french.path()).isEqualTo(page);
        assertThat(frenchRefused.select("#page-refusal").text()).isEqualTo("Le groupe 9 n’existe pas : ce tour compte 6 groupes.");
        assertThat(english.path()).isEqualTo(page);
        assertThat(englishRefused.select("#page-refusal").text()).isEqualTo("There is no group 9: this round has 6 groups.");
        assertThat(frenchRefused.select("#page-refusal, #contenu h1").first().id()).as("said above the page's content").isEqualTo("page-refusal");
        assertThat(frenchRefused.select("[role=alert]").eachText()).as("said once").containsExactly(frenchRefused.select("#page-refusal").text());
        assertThat(work.of(34).round(round.getId()).getLocks()).as("nobody locked").isEmpty();
        assertThat(french.get(page).select("#page-refusal")).as("said once, not on the next visit").isEmpty();
    }

    @Test
    void anUnknownActivityIsTheSameRefusalOnItsPageAndThroughTheApiInEachLanguage() {
        long seminar = sessions.byNumber(34).getSeminars().getFirst().getId();
        long unknown = 999_999L;
        String edit = "/staff/sessions/34/seminars/" + seminar + "/activities/" + unknown + "/edit";

        BrowserlessSession french = staffSession();
        Document frenchPage = french.get(edit);
        int frenchStatus = french.status();
        BrowserlessSession english = staffSession();
        english.get("/?lang=en");
        Document englishPage = english.get(edit);
        JsonNode frenchProblem = problem(cancel(seminar, unknown, "fr"));
        JsonNode englishProblem = problem(cancel(seminar, unknown, "en"));

        assertThat(frenchStatus).isEqualTo(404);
        assertThat(english.status()).isEqualTo(404);
        assertThat(frenchPage.select("#error-reason").text()).isEqualTo("Il n’y a pas d’activité n° 999999 dans cette session.");
        assertThat(englishPage.select("#error-reason").text()).isEqualTo("There is no activity number 999999 in this session.");
        assertThat(frenchProblem.path("detail").asString()).isEqualTo(frenchPage.select("#error-reason").text());
        assertThat(englishProblem.path("detail").asString()).isEqualTo(englishPage.select("#error-reason").text());
        assertThat(frenchProblem.path("title").asString()).isEqualTo("Introuvable");
        assertThat(englishProblem.path("title").asString()).isEqualTo("Not found");
        assertThat(englishProblem.path("reason").asString()).isEqualTo(ProgrammeEditor.ACTIVITY_NOT_FOUND);
    }

    @Test
    void unknownThingsOfRecruitmentAndOfTheSitesPagesAreA404NamingWhatWasAskedForInTheReadersLanguage() {
        BrowserlessSession french = staffSession();
        BrowserlessSession english = staffSession();
        english.get("/?lang=en");
        accounts.create("refus-admin-" + staffEmail, RoleGrant.global(Role.ADMIN), PASSWORD);
        BrowserlessSession administrator = new BrowserlessSession(port);
        administrator.logIn("refus-admin-" + staffEmail, PASSWORD);

        Map<String, String> frenchReasons = Map.of(
                "/staff/sessions/34/applications/999999", "Il n’y a pas de candidature n° 999999 à cette session.",
                "/staff/sessions/34/applications/999999/cv", "La candidature n° 999999 n’a pas de CV à cette session.",
                "/staff/sessions/34/selection/runs/999999", "Cette sélection n’existe pas.",
                "/staff/sessions/34/jury/criteria/999999/edit", "Il n’y a pas de critère n° 999999 dans la grille de ce jury.",
                "/staff/sessions/34/selection/applications/999999/withdraw", "Il n’y a pas de candidature n° 999999 à cette session.");
        frenchReasons.forEach((path, reason) -> {
            Document page = french.get(path);
            assertThat(french.status()).as(path).isEqualTo(404);
            assertThat(page.select("#error-reason").text()).as(path).isEqualTo(reason);
        });
        Document englishPage = english.get("/staff/sessions/34/applications/999999");
        assertThat(english.status()).isEqualTo(404);
        assertThat(englishPage.select("#error-reason").text()).isEqualTo("There is no application no. 999999 to this session.");
        Document sitePage = administrator.get("/admin/pages/nulle-part/edit");
        assertThat(administrator.status()).isEqualTo(404);
        assertThat(sitePage.select("#error-reason").text()).isEqualTo("Il n’y a pas de page « nulle-part ».");
    }

    private BrowserlessSession staffSession() {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(staffEmail, PASSWORD);
        return session;
    }

    private HttpResponse<String> cancel(long seminar, long activity, String language) {
        WebClient api = new WebClient(port);
        HttpRequest.Builder request = api.request("/api/v1/sessions/34/seminars/" + seminar + "/activities/" + activity + "/cancel")
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((staffEmail + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        return api.send(request.POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }
}
