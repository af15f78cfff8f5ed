package fr.cohorte;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and integrators read beside the pages: the Prometheus metrics, closed to all but the
 * scrape secret and administrators, and the API's description, for its callers as OpenAPI and for
 * staff as a page, in the reader's language and with the limits in force.
 */
@CohorteTest
class OperationsEndpointsTest {

    private static final String PASSWORD = "Des chiffres pour qui exploite le service";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Value("${cohorte.metrics.scrape-token}")
    String scrapeToken;

    private String admin;
    private String staff;
    private String participant;

    @BeforeEach
    void accounts() {
        admin = accounts.create("exploitation-" + System.nanoTime() + "@example.org", RoleGrant.global(Role.ADMIN), PASSWORD);
        staff = accounts.create("equipe-" + System.nanoTime() + "@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        participant = accounts.create("auditeur-" + System.nanoTime() + "@example.org", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
    }

    @Test
    void prometheusReadsTheMetricsWithItsSecretAndAnAdministratorWithTheirsButNobodyElse() {
        HttpResponse<String> scraped = get("/actuator/prometheus", "Bearer " + scrapeToken, "fr");
        HttpResponse<String> byAdmin = get("/actuator/prometheus", basic(admin), "fr");

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        // HTTP, JVM, the pool, and Cohorte's own jobs: mails, solves, renderings.
        assertThat(scraped.body()).contains("http_server_requests_seconds_bucket", "jvm_memory_used_bytes", "hikaricp_connections_active",
                "cohorte_mail_outbox{application=\"cohorte\",state=\"waiting\"}", "cohorte_mail_outbox{application=\"cohorte\",state=\"given-up\"}",
                "cohorte_solves_active", "cohorte_book_renderings_active");
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(byAdmin.body()).contains("jvm_threads_live_threads");

        assertThat(get("/actuator/prometheus", null, "fr").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + scrapeToken + "x", "fr").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic(staff), "fr").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", basic(participant), "fr").statusCode()).isEqualTo(403);
        // The scrape secret opens the metrics only, not the API.
        assertThat(get("/api/v1/sessions", "Bearer " + scrapeToken, "fr").statusCode()).isEqualTo(401);
        // Nor does an administrator's browser session: the metrics ask for credentials on each call.
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.logIn(admin, PASSWORD);
        assertThat(browser.download("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void theApiDescribesItselfWithItsProblemsAndTheLimitsInForceInTheCallersLanguage() {
        assertThat(get("/api/v1/openapi", null, "fr").statusCode()).isEqualTo(401);

        JsonNode french = JSON.readTree(get("/api/v1/openapi", basic(participant), "fr").body());
        JsonNode english = JSON.readTree(get("/api/v1/openapi", basic(participant), "en").body());

        assertThat(french.path("openapi").asString()).startsWith("3.1");
        JsonNode mixing = french.path("paths").path("/api/v1/mixing/solve").path("post");
        assertThat(mixing.path("summary").asString()).isEqualTo("Former des groupes qui mélangent");
        assertThat(english.path("paths").path("/api/v1/mixing/solve").path("post").path("summary").asString()).isEqualTo("Form groups that mix");
        assertThat(limits(mixing)).contains("bodyBytes=4194304", "jsonDepth=16", "participants=500", "rounds=50", "groups=100");
        assertThat(limits(french.path("paths").path("/api/v1/selection/solve").path("post"))).contains("candidates=20000", "seats=1000")
                .doesNotContain("participants=500");
        assertThat(mixing.path("responses").path("413").path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(mixing.path("responses").path("400").path("description").asString()).startsWith("Requête refusée");
        assertThat(english.path("paths").path("/api/v1/mixing/solve").path("post").path("responses").path("400").path("description").asString())
                .startsWith("Request refused");
        assertThat(french.path("paths").path("/api/v1/sessions/{number}").path("put").path("responses").has("409")).isTrue();
        assertThat(french.path("paths").path("/api/v1/sessions").path("post").path("responses").propertyNames())
                .contains("201", "400", "413").doesNotContain("200");
        assertThat(mixing.path("responses").path("200").path("description").asString()).isEqualTo("Réussi : la réponse en JSON.");
        assertThat(french.path("components").path("schemas").path("Problem").path("properties").has("limit")).isTrue();
        assertThat(french.path("components").path("securitySchemes").path("token").path("scheme").asString()).isEqualTo("bearer");
        // Every call of the API is described, and only those (no page, no actuator).
        assertThat(french.path("paths").propertyNames()).allMatch(path -> path.startsWith("/api/v1/"))
                .contains("/api/v1/me", "/api/v1/sessions", "/api/v1/practices", "/api/v1/selection/replacement");
        // The registry's list is open to all, and says so.
        assertThat(french.path("paths").path("/api/v1/practices").path("get").path("security").isEmpty()).isTrue();
    }

    @Test
    void staffReadTheApiReferenceAsAPageAndDownloadItsDescription() {
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(staff, PASSWORD);
        Document page = session.get("/staff/api");

        assertThat(session.status()).isEqualTo(200);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Référence de l’API");
        var mixing = page.getElementById("post-api-v1-mixing-solve");
        assertThat(mixing).isNotNull();
        assertThat(mixing.select(".api-limits td").eachText()).contains("participants", "500", "COHORTE_MIXING_MAX_PARTICIPANTS");
        assertThat(mixing.select(".api-answers li").eachText()).anyMatch(answer -> answer.startsWith("413 "));
        assertThat(page.getElementById("get-api-v1-practices").text()).contains("Sans authentification");
        assertThat(session.download("/staff/api/openapi.json").body()).isNotEmpty();
        assertThat(JSON.readTree(session.download("/staff/api/openapi.json").body()).path("paths").has("/api/v1/mixing/solve")).isTrue();

        Document english = session.get("/staff/api?lang=en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("API reference");
        assertThat(english.getElementById("post-api-v1-mixing-solve").text()).contains("Form groups that mix");

        BrowserlessSession other = new BrowserlessSession(port);
        other.logIn(participant, PASSWORD);
        other.get("/staff/api");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.download("/staff/api/openapi.json").statusCode()).isEqualTo(403);
    }

    private static List<String> limits(JsonNode operation) {
        return operation.path("x-limits").valueStream().map(limit -> limit.path("name").asString() + "=" + limit.path("maximum").asLong()).toList();
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization, String language) {
        WebClient client = new WebClient(port);
        HttpRequest.Builder request = client.request(path).header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.GET());
    }
}
