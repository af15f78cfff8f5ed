package fr.cohorte.session;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendars people subscribe to, read back the way a calendar client would: with ical4j. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class ProgrammeCalendarTest {

    static final String PARTICIPANT = "camille.exemple@example.org";
    static final String PASSWORD = "Un mot de passe d’auditrice";
    static final String EXAMPLE_LABS = "Visite d'Example Labs, start-up de l'économie des plateformes";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgrammeEditor editor;

    WebClient web;

    @BeforeEach
    void client() {
        web = new WebClient(port);
    }

    @Test
    void thePublicFeedGivesPaloAltoTimesAsTheRightInstantsOnBothSidesOfTheUsDaylightSavingChange() throws Exception {
        HttpResponse<String> response = web.send(web.request("/sessions/34/programme.ics").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        Calendar calendar = parse(response.body());
        // Friday 11 March 2016, 9:00 in Palo Alto is still PST (UTC-8)...
        VEvent hearing = event(calendar, "Financer l'innovation : le capital-risque dans l'écosystème de la Silicon Valley");
        assertThat(start(hearing)).isEqualTo(Instant.parse("2016-03-11T17:00:00Z"));
        assertThat(end(hearing)).isEqualTo(Instant.parse("2016-03-11T20:00:00Z"));
        // ...Monday 14 March, 9:00 is PDT (UTC-7), after the change of Sunday 13 March.
        VEvent meeting = event(calendar, "Travailleurs des plateformes : rencontre avec des acteurs associatifs et syndicaux");
        assertThat(start(meeting)).isEqualTo(Instant.parse("2016-03-14T16:00:00Z"));
        assertThat(meeting.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("America/Los_Angeles");
        // Munich in October is UTC+2.
        VEvent visit = event(calendar, "Visite de Maschinenbau Beispiel, entreprise familiale du Mittelstand");
        assertThat(start(visit)).isEqualTo(Instant.parse("2015-10-13T07:00:00Z"));

        assertThat(calendar.getComponents(VTimeZone.VTIMEZONE).stream()
                .map(zone -> zone.getProperty(Property.TZID).orElseThrow().getValue()))
                // Other tests sharing the demo database may add seminars elsewhere: each zone once, at least these.
                .doesNotHaveDuplicates()
                .contains("Europe/Paris", "Europe/Berlin", "America/Los_Angeles");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("34e session nationale – programme public");
        assertThat(value(visit, Property.LOCATION)).contains("Beispielstraße 1, Freising");
        assertThat(value(visit, Property.DESCRIPTION)).contains("Erika Mustermann (Maschinenbau Beispiel GmbH)").contains("allemand");
        assertThat(value(visit, Property.UID)).endsWith("@localhost");
    }

    @Test
    void thePublicFeedHoldsPublicActivitiesOnly() throws Exception {
        Calendar calendar = parse(web.send(web.request("/sessions/34/programme.ics").GET()).body());

        List<String> titles = calendar.<VEvent>getComponents(VEvent.VEVENT).stream().map(e -> value(e, Property.SUMMARY)).toList();
        assertThat(titles).contains(EXAMPLE_LABS)
                .doesNotContain("Débriefing du voyage d'étude dans la Silicon Valley", "Dîner d'accueil de la délégation",
                        "Travail en groupes : premiers enseignements du voyage");
        assertThat(titles).hasSize(jdbc.queryForObject("""
                select count(*) from activity a join seminar s on s.id = a.seminar_id join session se on se.id = s.session_id
                where se.number = 34 and a.visibility = 'PUBLIC'""", Integer.class));
    }

    @Test
    void anEditKeepsTheUidAndRaisesTheSequenceSoClientsUpdateTheEvent() throws Exception {
        VEvent before = event(parse(web.send(web.request("/sessions/34/programme.ics").GET()).body()), EXAMPLE_LABS);
        long id = jdbc.queryForObject("select id from activity where title = ?", Long.class, EXAMPLE_LABS);
        Activity original = editor.activity(id);
        String renamed = "Visite d'Example Labs (horaire confirmé)";
        try {
            editor.updateActivity(id, original.getVersion(), retitled(original.details(), renamed));

            VEvent after = event(parse(web.send(web.request("/sessions/34/programme.ics").GET()).body()), renamed);

            assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
            assertThat(Integer.parseInt(value(after, Property.SEQUENCE))).isEqualTo(Integer.parseInt(value(before, Property.SEQUENCE)) + 1);
            // Fixed-width UTC stamps (yyyyMMdd'T'HHmmss'Z') sort as the instants they stand for.
            assertThat(value(after, Property.LAST_MODIFIED)).isGreaterThan(value(before, Property.LAST_MODIFIED));
        } finally {
            Activity edited = editor.activity(id);
            editor.updateActivity(id, edited.getVersion(), retitled(edited.details(), EXAMPLE_LABS));
        }
    }

    private static ActivityDetails retitled(ActivityDetails d, String title) {
        return new ActivityDetails(d.type(), title, d.description(), d.startsAt(), d.endsAt(), d.venue(), d.address(),
                d.speakerIds(), d.hostOrganisationId(), d.language(), d.interpretation(), d.visibility(), d.parallelTrack());
    }

    @Test
    void anUnchangedFeedAnswers304ToItsETag() {
        HttpResponse<String> first = web.send(web.request("/sessions/34/programme.ics").GET());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = web.send(web.request("/sessions/34/programme.ics").header("If-None-Match", etag).GET());

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void aParticipantSubscribesToTheirWholeProgrammeAtASecretAddressThenChangesAndRevokesIt() throws Exception {
        accounts.create(PARTICIPANT, RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        BrowserlessSession camille = new BrowserlessSession(port);
        camille.logIn(PARTICIPANT, PASSWORD);
        camille.get("/me/programme");

        camille.submit("/me/programme/feed", Map.of());
        String address = camille.page().select("#feed-url").val();
        assertThat(address).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
        String path = address.substring("http://localhost:8080".length());
        String token = path.substring("/calendar/".length(), path.length() - ".ics".length());
        assertThat(jdbc.queryForList("select token_hash from calendar_feed", String.class))
                .as("only a hash of the secret is stored").doesNotContain(token).isNotEmpty();

        HttpResponse<String> feed = web.send(web.request(path).GET());
        assertThat(feed.statusCode()).isEqualTo(200);
        Calendar calendar = parse(feed.body());
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT).stream().map(e -> value(e, Property.SUMMARY)))
                .contains("Débriefing du voyage d'étude dans la Silicon Valley", EXAMPLE_LABS);
        VEvent dinner = event(calendar, "Dîner avec des Français de la Silicon Valley");
        assertThat(value(dinner, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(camille.get("/me/programme").select("#feed-url")).as("the address is shown once").isEmpty();

        camille.submit("/me/programme/feed", Map.of());
        String newPath = camille.page().select("#feed-url").val().substring("http://localhost:8080".length());
        assertThat(web.send(web.request(path).GET()).statusCode()).as("the old address after a change").isEqualTo(404);
        assertThat(web.send(web.request(newPath).GET()).statusCode()).isEqualTo(200);

        camille.submit("/me/programme/feed/revoke", Map.of());
        assertThat(camille.page().text()).contains("Votre agenda personnel est supprimé");
        assertThat(web.send(web.request(newPath).GET()).statusCode()).as("a revoked feed").isEqualTo(404);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar calendar, String summary) {
        Optional<VEvent> found = calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(e -> summary.equals(value(e, Property.SUMMARY))).findFirst();
        assertThat(found).as("event " + summary).isPresent();
        return found.get();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    static Instant start(VEvent event) {
        return Instant.from(event.<Temporal>getDateTimeStart().getDate());
    }

    static Instant end(VEvent event) {
        return Instant.from(event.<Temporal>getDateTimeEnd().getDate());
    }
}
