package fr.cohorte.recruitment;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The selection API as an integrator calls it: over HTTP, with an account's credentials. */
@CohorteTest
@Import(TestAccounts.class)
class SelectionApiHttpTest {

    static final String PASSWORD = "Le mot de passe de l’intégrateur";
    static final String BODY = """
            {"seats":2,"candidates":[
              {"id":"a","score":9,"background":"press","gender":"F","organisation":"o1","region":"IDF"},
              {"id":"b","score":8,"background":"press","gender":"M","organisation":"o2","region":"IDF"},
              {"id":"c","score":5,"background":"parliament","gender":"M","organisation":"o3","region":"BRE"}],
             "quotas":[{"attribute":"background","value":"parliament","min":1,"max":2}],
             "maxPerOrganisation":1,"timeLimitSeconds":5}""";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void staffGetTheBestCohortThatKeepsTheQuotas() {
        String staff = accounts.create("integrateur@example.org", RoleGrant.global(Role.STAFF), PASSWORD);

        HttpResponse<String> response = post(staff, BODY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"OPTIMAL\"").contains("\"selected\":[\"a\",\"c\"]");
    }

    @Test
    void aParticipantMayNotRunASelection() {
        String participant = accounts.create("auditeur@example.org", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);

        assertThat(post(participant, BODY).statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String staff = accounts.create("integratrice@example.org", RoleGrant.global(Role.STAFF), PASSWORD);

        HttpResponse<String> response = post(staff, BODY.replace("\"min\":1,\"max\":2", "\"min\":3,\"max\":2"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("quotas[0]");
    }

    private HttpResponse<String> post(String email, String json) {
        WebClient api = new WebClient(port);
        return api.send(api.request("/api/v1/selection/solve")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
