package fr.cohorte.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API refusal is told in one language, the caller's: its title, its detail and the reasons it
 * lists. Before, the title was English written in Java above a detail and reasons in French, and
 * the mixing API gave English reasons to everyone.
 */
@CohorteTest
class ApiProblemsLanguageTest {

    private static final String PASSWORD = "Un refus dans la langue de qui appelle";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNKNOWN_LOCK = """
            {"participants":[{"id":"p1","background":"press"},{"id":"p2","background":"union"},{"id":"p3","background":"state"},
             {"id":"p4","background":"company"}],"rounds":[{"groups":2}],"locks":[{"round":0,"participant":"ghost","group":0}]}""";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private String staff;
    private String participant;

    @BeforeEach
    void accounts() {
        staff = accounts.create("refus-" + System.nanoTime() + "@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        participant = accounts.create("participant-" + System.nanoTime() + "@example.org", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
    }

    @Test
    void aMixingRequestThatCannotBeSolvedIsRefusedWithTitleDetailAndReasonsInTheCallersLanguage() {
        JsonNode french = problem(send(staff, "POST", "/api/v1/mixing/solve", UNKNOWN_LOCK, "fr"), 400);
        JsonNode english = problem(send(staff, "POST", "/api/v1/mixing/solve", UNKNOWN_LOCK, "en"), 400);

        assertThat(french.path("title").asString()).isEqualTo("Demande de brassage impossible à résoudre");
        assertThat(french.path("detail").asString()).isEqualTo("La demande comporte une erreur : voir errors.");
        assertThat(french.path("errors").path(0).path("field").asString()).isEqualTo("locks[0].participant");
        assertThat(french.path("errors").path(0).path("message").asString()).isEqualTo("«\u00a0ghost\u00a0» n’est pas l’un des participants");
        assertThat(english.path("title").asString()).isEqualTo("The mixing request cannot be solved");
        assertThat(english.path("detail").asString()).isEqualTo("The request has one error; see errors.");
        assertThat(english.path("errors").path(0).path("message").asString()).isEqualTo("'ghost' is not one of the participants");
        assertThat(english.path("type").asString()).isEqualTo("/problems/invalid-mixing-request");
        assertThat(english.path("code").asString()).isEqualTo("invalid-mixing-request");
    }

    @Test
    void anInvalidSelectionRequestHasItsTitleInTheLanguageOfItsReasons() {
        String negativeSeats = "{\"seats\":-1,\"candidates\":[{\"id\":\"a\",\"score\":1}]}";

        JsonNode french = problem(send(staff, "POST", "/api/v1/selection/solve", negativeSeats, "fr"), 400);
        JsonNode english = problem(send(staff, "POST", "/api/v1/selection/solve", negativeSeats, "en"), 400);

        assertThat(french.path("title").asString()).isEqualTo("Demande de sélection invalide");
        assertThat(french.path("errors").path(0).path("field").asString()).isEqualTo("seats");
        assertThat(english.path("title").asString()).isEqualTo("Invalid selection request");
        assertThat(english.path("errors").path(0).path("message").asString())
                .isNotEqualTo(french.path("errors").path(0).path("message").asString());
        assertThat(english.path("type").asString()).isEqualTo("/problems/invalid-selection-request");
    }

    @Test
    void anUnknownSessionIsNotFoundInTheCallersLanguage() {
        JsonNode french = problem(send(staff, "GET", "/api/v1/sessions/999", null, "fr"), 404);
        JsonNode english = problem(send(staff, "GET", "/api/v1/sessions/999", null, "en"), 404);

        assertThat(french.path("title").asString()).isEqualTo("Introuvable");
        assertThat(french.path("detail").asString()).isEqualTo("Il n’y a pas de 999e session.");
        assertThat(english.path("title").asString()).isEqualTo("Not found");
        assertThat(english.path("detail").asString()).isEqualTo("There is no session number 999.");
        assertThat(english.path("reason").asString()).isEqualTo("session.refused.not-found");
    }

    @Test
    void aCallerNotLetInIsToldWhyInTheirLanguage() {
        JsonNode anonymousFrench = problem(send(null, "GET", "/api/v1/sessions/34", null, "fr"), 401);
        JsonNode anonymousEnglish = problem(send(null, "GET", "/api/v1/sessions/34", null, "en"), 401);
        JsonNode deniedFrench = problem(send(participant, "POST", "/api/v1/mixing/solve", UNKNOWN_LOCK, "fr"), 403);
        JsonNode deniedEnglish = problem(send(participant, "POST", "/api/v1/mixing/solve", UNKNOWN_LOCK, "en"), 403);

        assertThat(anonymousFrench.path("title").asString()).isEqualTo("Authentification requise");
        assertThat(anonymousFrench.path("detail").asString()).isEqualTo("Authentifiez-vous par HTTP Basic ou avec un jeton d’accès personnel.");
        assertThat(anonymousEnglish.path("detail").asString()).isEqualTo("Authenticate with HTTP Basic or a personal access token.");
        assertThat(deniedFrench.path("title").asString()).isEqualTo("Accès refusé");
        assertThat(deniedFrench.path("detail").asString()).isEqualTo("Votre rôle ne permet pas cet appel.");
        assertThat(deniedEnglish.path("detail").asString()).isEqualTo("Your role does not allow this call.");
        assertThat(deniedEnglish.path("code").asString()).isEqualTo("forbidden");
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String who, String method, String path, String json, String language) {
        WebClient api = new WebClient(port);
        HttpRequest.Builder request = api.request(path).header("Accept-Language", language).header("Content-Type", "application/json");
        if (who != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((who + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return api.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }
}
