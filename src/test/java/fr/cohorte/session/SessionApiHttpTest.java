package fr.cohorte.session;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The sessions API as an integrator calls it, over HTTP with an account's credentials. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class SessionApiHttpTest {

    static final String PASSWORD = "Le mot de passe de l’intégrateur";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void anyoneLoggedInReadsTheProgrammeWithInstantsAndLocalTimes() {
        String participant = accounts.create("lectrice.api@example.org", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);

        HttpResponse<String> response = send(participant, "GET", "/api/v1/sessions/34", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode trip = json(response).get("seminars").get(3);
        assertThat(trip.get("timeZone").asString()).isEqualTo("America/Los_Angeles");
        JsonNode sunday = trip.get("activities").get(2);
        assertThat(sunday.get("localStart").asString()).isEqualTo("2016-03-13T10:00:00");
        assertThat(sunday.get("startsAt").asString()).isEqualTo("2016-03-13T17:00:00Z");
    }

    @Test
    void staffCreateASeminarAndAnActivityInLocalTimeAndCancelIt() {
        String staff = accounts.create("integrateur.api@example.org", RoleGrant.global(Role.STAFF), PASSWORD);

        HttpResponse<String> seminar = send(staff, "POST", "/api/v1/sessions/34/seminars", """
                {"ordinal":7,"title":"Voyage d’étude à Toronto","startDate":"2016-03-10","endDate":"2016-03-16",
                 "city":"Toronto","country":"CA","timeZone":"America/Toronto","studyTrip":true}""");
        assertThat(seminar.statusCode()).isEqualTo(201);
        long seminarId = json(seminar).get("id").asLong();

        HttpResponse<String> created = send(staff, "POST", "/api/v1/sessions/34/seminars/" + seminarId + "/activities", """
                {"type":"COMPANY_VISIT","title":"Visite après le changement d’heure","start":"2016-03-14T09:00","end":"2016-03-14T11:00"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode activity = json(created);
        assertThat(activity.get("startsAt").asString()).isEqualTo("2016-03-14T13:00:00Z");
        assertThat(activity.get("localStart").asString()).isEqualTo("2016-03-14T09:00:00");

        HttpResponse<String> cancelled = send(staff, "POST", "/api/v1/sessions/34/seminars/" + seminarId + "/activities/"
                + activity.get("id").asLong() + "/cancel", null);
        assertThat(json(cancelled).get("cancelled").asBoolean()).isTrue();
        assertThat(json(cancelled).get("sequence").asInt()).isEqualTo(1);
        assertThat(json(cancelled).get("uid").asString()).isEqualTo(activity.get("uid").asString());
    }

    @Test
    void anOverlapAndAMissingTitleAreProblemsNamingTheirFields() {
        String staff = accounts.create("controleur.api@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String path = "/api/v1/sessions/34/seminars/" + paloAlto(staff) + "/activities";

        HttpResponse<String> overlap = send(staff, "POST", path, """
                {"type":"EXPERT_HEARING","title":"En double","start":"2016-03-13T11:00","end":"2016-03-13T12:00"}""");
        assertThat(overlap.statusCode()).isEqualTo(400);
        assertThat(overlap.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(overlap).get("errors").get(0).get("field").asString()).isEqualTo("start");
        assertThat(json(overlap).get("errors").get(0).get("message").asString()).contains("Travail en groupes");

        HttpResponse<String> untitled = send(staff, "POST", path, """
                {"type":"EXPERT_HEARING","start":"2016-03-13T14:00","end":"2016-03-13T15:00"}""");
        assertThat(untitled.statusCode()).isEqualTo(400);
        assertThat(json(untitled).get("errors").get(0).get("field").asString()).isEqualTo("title");

        HttpResponse<String> unreadable = send(staff, "POST", path, """
                {"type":"EXPERT_HEARING","title":"Horaire illisible","start":"2016-03-13T14:00","end":"vers midi"}""");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(json(unreadable).get("errors").get(0).get("field").asString()).isEqualTo("end");

        HttpResponse<String> skipped = send(staff, "POST", path, """
                {"type":"EXPERT_HEARING","title":"Trop tôt","start":"2016-03-13T02:30","end":"2016-03-13T03:30"}""");
        assertThat(json(skipped).get("errors").get(0).get("field").asString()).isEqualTo("start");
    }

    @Test
    void anUpdateWithoutTheVersionItWasBasedOnIsAProblemNamingTheVersionAndChangesNothing() {
        String staff = accounts.create("version.api@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String theme = json(send(staff, "GET", "/api/v1/sessions/34", null)).get("theme").asString();

        HttpResponse<String> unversioned = send(staff, "PUT", "/api/v1/sessions/34", """
                {"number":34,"theme":"Écrasé sans version","startDate":"2015-09-01","endDate":"2016-06-30","status":"CLOSED"}""");

        assertThat(unversioned.statusCode()).isEqualTo(400);
        assertThat(json(unversioned).get("errors").get(0).get("field").asString()).isEqualTo("version");
        assertThat(json(unversioned).get("errors").get(0).get("message").asString())
                .isEqualTo("Indiquez la version lue (champ version) : sans elle, la modification pourrait écraser celle d’une autre personne.");
        assertThat(json(send(staff, "GET", "/api/v1/sessions/34", null)).get("theme").asString()).isEqualTo(theme);
    }

    @Test
    void unknownSessionsAreNotFoundAndParticipantsCannotWrite() {
        String participant = accounts.create("auditeur.api@example.org", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);

        assertThat(send(participant, "GET", "/api/v1/sessions/999", null).statusCode()).isEqualTo(404);
        assertThat(send(participant, "PUT", "/api/v1/sessions/34", "{}").statusCode()).isEqualTo(403);
    }

    private long paloAlto(String staff) {
        return json(send(staff, "GET", "/api/v1/sessions/34", null)).get("seminars").get(3).get("id").asLong();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String email, String method, String path, String body) {
        WebClient api = new WebClient(port);
        HttpRequest.Builder request = api.request(path)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "fr")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return api.send(request);
    }
}
