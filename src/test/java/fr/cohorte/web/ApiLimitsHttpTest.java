package fr.cohorte.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.StringJoiner;

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
 * Every API call has limits on its size, and a call beyond one gets a problem naming the limit, its
 * maximum and the field, before Cohorte does the work: the 100,000 participants ran for
 * 164 s and ended in OutOfMemoryError.
 */
@CohorteTest
class ApiLimitsHttpTest {

    private static final String PASSWORD = "Des limites que tout intégrateur connaît";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private String staff;

    @BeforeEach
    void staffAccount() {
        staff = accounts.create("limites-" + System.nanoTime() + "@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
    }

    @Test
    void aMixingRequestWithMoreParticipantsThanTheLimitIsAProblemNamingTheLimit() {
        StringJoiner people = new StringJoiner(",");
        for (int i = 0; i < 501; i++) {
            people.add("{\"id\":\"p" + i + "\",\"background\":\"press\"}");
        }

        HttpResponse<String> response = post("/api/v1/mixing/solve",
                "{\"participants\":[" + people + "],\"rounds\":[{\"groups\":100}],\"timeLimitSeconds\":1}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("limit").asString()).isEqualTo("participants");
        assertThat(problem.path("maximum").asLong()).isEqualTo(500);
        assertThat(problem.path("actual").asLong()).isEqualTo(501);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("participants");
    }

    @Test
    void aSelectionWithMoreCandidatesThanTheLimitIsAProblemNamingTheLimit() {
        StringJoiner candidates = new StringJoiner(",");
        for (int i = 0; i < 20_001; i++) {
            candidates.add("{\"id\":\"a" + i + "\",\"score\":1}");
        }

        HttpResponse<String> response = post("/api/v1/selection/solve", "{\"seats\":30,\"candidates\":[" + candidates + "]}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("limit").asString()).isEqualTo("candidates");
        assertThat(problem.path("maximum").asLong()).isEqualTo(20_000);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("candidates");
    }

    @Test
    void aSessionWithMoreProblemStatementsThanTheLimitIsRefusedAndNotCreated() {
        StringJoiner statements = new StringJoiner(",");
        for (int i = 0; i < 51; i++) {
            statements.add("\"Problématique " + i + "\"");
        }

        HttpResponse<String> response = post("/api/v1/sessions", """
                {"number":914,"theme":"Coopérer","startDate":"2031-06-01","endDate":"2032-06-30","problemStatements":[%s]}"""
                .formatted(statements));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("limit").asString()).isEqualTo("problemStatements");
        assertThat(get("/api/v1/sessions/914").statusCode()).isEqualTo(404);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413BeforeItIsRead() {
        byte[] body = new byte[4 * 1024 * 1024 + 1];

        HttpResponse<String> response = send("/api/v1/mixing/solve", HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("limit").asString()).isEqualTo("bodyBytes");
        assertThat(problem.path("maximum").asLong()).isEqualTo(4 * 1024 * 1024);
        assertThat(problem.path("actual").asLong()).isEqualTo(body.length);
    }

    @Test
    void aBodySentInChunksWithoutALengthIsRefusedOnceItPassesTheLimit() {
        byte[] body = ("[" + "0,".repeat(2 * 1024 * 1024 + 10) + "0]").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send("/api/v1/selection/solve",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("limit").asString()).isEqualTo("bodyBytes");
    }

    @Test
    void jsonNestedDeeperThanTheLimitIsAProblemNamingTheDepth() {
        String deep = "{\"seats\":" + "[".repeat(17) + "]".repeat(17) + "}";

        HttpResponse<String> response = post("/api/v1/selection/solve", deep);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("limit").asString()).isEqualTo("jsonDepth");
        assertThat(problem.path("maximum").asLong()).isEqualTo(16);
    }

    @Test
    void aBodyWithinTheLimitsReachesItsRouteAsSent() {
        HttpResponse<String> response = post("/api/v1/selection/solve", """
                {"seats":1,"candidates":[{"id":"a","score":2},{"id":"b","score":3}],"timeLimitSeconds":5}""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"selected\":[\"b\"]");
    }

    @Test
    void theLimitsProblemSpeaksTheCallersLanguage() {
        StringJoiner people = new StringJoiner(",");
        for (int i = 0; i < 501; i++) {
            people.add("{\"id\":\"p" + i + "\",\"background\":\"press\"}");
        }
        String body = "{\"participants\":[" + people + "],\"rounds\":[{\"groups\":2}]}";

        String french = JSON.readTree(post("/api/v1/mixing/solve", body, "fr").body()).path("detail").asString();
        String english = JSON.readTree(post("/api/v1/mixing/solve", body, "en").body()).path("detail").asString();

        assertThat(french).startsWith("La limite « participants » est de 500 au plus");
        assertThat(english).startsWith("The limit “participants” is 500 at most; the request has 501");
    }

    private HttpResponse<String> post(String path, String json) {
        return post(path, json, "fr");
    }

    private HttpResponse<String> post(String path, String json, String language) {
        WebClient api = new WebClient(port);
        return api.send(authorised(api.request(path)).header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) {
        WebClient api = new WebClient(port);
        return api.send(authorised(api.request(path)).POST(body));
    }

    private HttpResponse<String> get(String path) {
        WebClient api = new WebClient(port);
        return api.send(authorised(api.request(path)).GET());
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((staff + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
    }
}
