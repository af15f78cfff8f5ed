package fr.cohorte.grouping;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The mixing API as an integrator calls it: over HTTP, with a staff account's credentials. */
@CohorteTest
class MixingApiHttpTest {

    static final String PASSWORD = "Le mot de passe du planificateur";
    static final String BODY = """
            {"participants":[
              {"id":"p1","background":"press","gender":"F","organisation":"o1"},
              {"id":"p2","background":"press","gender":"M","organisation":"o2"},
              {"id":"p3","background":"union","gender":"F","organisation":"o3"},
              {"id":"p4","background":"union","gender":"M","organisation":"o4"},
              {"id":"p5","background":"state","gender":"F","organisation":"o5"},
              {"id":"p6","background":"state","gender":"M","organisation":"o6"}],
             "rounds":[{"groups":2,"absent":[]},{"groups":2,"absent":[]}],
             "timeLimitSeconds":1,"seed":7}""";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void staffGetGroupsForEveryRoundWithTheirFigures() {
        String staff = accounts.create("planificateur@example.org", RoleGrant.global(Role.STAFF), PASSWORD);

        HttpResponse<String> response = post(staff, BODY);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"rounds\":[[[").contains("\"excessMeetings\"").contains("\"diversityDeviation\"");
    }

    @Test
    void anUnknownParticipantIsAProblemNamingTheField() {
        String staff = accounts.create("planificatrice@example.org", RoleGrant.global(Role.STAFF), PASSWORD);

        HttpResponse<String> response = post(staff, BODY.replace("\"absent\":[]},{", "\"absent\":[\"inconnu\"]},{"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("rounds[0].absent");
    }

    @Test
    void aJurorMayNotPlanGroups() {
        String juror = accounts.create("jure@example.org", RoleGrant.scoped(Role.JURY, 34), PASSWORD);

        assertThat(post(juror, BODY).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> post(String email, String json) {
        WebClient api = new WebClient(port);
        return api.send(api.request("/api/v1/mixing/solve")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
