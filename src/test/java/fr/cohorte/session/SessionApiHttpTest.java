package fr.cohorte.session;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The sessions API as an integrator calls it, over HTTP with an account's credentials. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class SessionApiHttpTest {

    static final String PASSWORD = "Le mot de passe de l’intégrateur";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor editor;

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
    void aTimeSkippedByTheClockChangeIsRefusedInTheSameWordsByTheStaffPageAndTheApi() {
        String staff = accounts.create("horloges.api@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        long seminar = paloAlto(staff);
        String activities = "/staff/sessions/34/seminars/" + seminar + "/activities";
        String expected = "02:30 n’existe pas ce jour-là dans le fuseau America/Los_Angeles : "
                + "les horloges sautent cette heure au passage à l’heure d’été.";

        HttpResponse<String> api = send(staff, "POST", "/api/v1/sessions/34/seminars/" + seminar + "/activities", """
                {"type":"EXPERT_HEARING","title":"Aube perdue","start":"2016-03-13T02:30","end":"2016-03-13T03:30"}""");
        BrowserlessSession page = new BrowserlessSession(port);
        page.logIn(staff, PASSWORD);
        page.get(activities + "/new");
        Map<String, String> typed = new LinkedHashMap<>(Map.of("type", "EXPERT_HEARING", "title", "Aube perdue",
                "startDate", "2016-03-13", "startTime", "02:30", "endTime", "03:30", "language", "fr", "visibility", "COHORT"));
        Document form = page.submit(activities, typed);

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api).get("errors").get(0).get("field").asString()).isEqualTo("start");
        assertThat(json(api).get("errors").get(0).get("message").asString()).isEqualTo(expected);
        assertThat(form.select("#startTime-messages").text()).isEqualTo(expected);
        assertThat(catchThrowableOfType(ProgrammeRejectedException.class, () -> editor.activityTimes(seminar,
                LocalDate.of(2016, 3, 13).atTime(2, 30), LocalDate.of(2016, 3, 13).atTime(3, 30))).conflicts())
                .extracting(ProgrammeConflict::rule, ProgrammeConflict::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProgrammeRule.TIME_SKIPPED, "start"));
    }

    @Test
    void aSeminarInAnUnknownCountryOrTimeZoneIsRefusedByTheEditorWhoeverAsks() {
        String staff = accounts.create("fuseaux.api@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        SeminarDetails onMars = new SeminarDetails(9, "Rencontre sur Mars", LocalDate.of(2016, 4, 4), LocalDate.of(2016, 4, 5),
                "Olympus", "ZZ", "Mars/Olympus", false, null);

        ProgrammeRejectedException refused = catchThrowableOfType(ProgrammeRejectedException.class, () -> editor.createSeminar(34, onMars));
        HttpResponse<String> api = send(staff, "POST", "/api/v1/sessions/34/seminars", """
                {"ordinal":9,"title":"Rencontre sur Mars","startDate":"2016-04-04","endDate":"2016-04-05",
                 "city":"Olympus","country":"ZZ","timeZone":"Mars/Olympus"}""");
        BrowserlessSession page = new BrowserlessSession(port);
        page.logIn(staff, PASSWORD);
        page.get("/staff/sessions/34/seminars/new");
        Document form = page.submit("/staff/sessions/34/seminars", Map.of("ordinal", "9", "title", "Rencontre sur Mars",
                "startDate", "2016-04-04", "endDate", "2016-04-05", "city", "Olympus", "country", "ZZ", "timeZone", "Mars/Olympus"));

        assertThat(refused.conflicts()).extracting(ProgrammeConflict::rule)
                .containsExactly(ProgrammeRule.COUNTRY_UNKNOWN, ProgrammeRule.TIME_ZONE_UNKNOWN);
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api).get("errors").findValuesAsString("field")).containsExactly("country", "timeZone");
        assertThat(json(api).get("errors").findValuesAsString("message"))
                .containsExactly("Choisissez un pays de la liste.", "Choisissez un fuseau horaire de la liste.");
        assertThat(form.select("#country-messages").text()).isEqualTo("Choisissez un pays de la liste.");
        assertThat(form.select("#timeZone-messages").text()).isEqualTo("Choisissez un fuseau horaire de la liste.");
        assertThat(json(send(staff, "GET", "/api/v1/sessions/34", null)).get("seminars").findValuesAsString("title"))
                .doesNotContain("Rencontre sur Mars");
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
