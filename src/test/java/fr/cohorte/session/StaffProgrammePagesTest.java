package fr.cohorte.session;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff build a programme through the pages, without JavaScript: what they type is kept when refused. */
// These tests add seminars to session 34: they share a demo database of their own, so that pages
// and tests reading the demo as it loads do not see their additions.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.database=programme-editing"})
class StaffProgrammePagesTest {

    static final String PASSWORD = "Le mot de passe de l’équipe du programme";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgrammeEditor editor;

    BrowserlessSession staff;

    @BeforeEach
    void logInAsStaff() {
        String email = "programme" + System.nanoTime() + "@example.org";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
    }

    @Test
    void staffCreateASessionWithProblemStatementsInTheOrderTheyNumberThem() {
        staff.get("/staff/sessions/new");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("number", "70", "theme", "Travailler autrement",
                "startDate", "2030-06-01", "endDate", "2031-06-30", "status", "PLANNED"));
        fields.put("problemStatements[0].position", "2");
        fields.put("problemStatements[0].text", "Deuxième question");
        fields.put("problemStatements[1].position", "1");
        fields.put("problemStatements[1].text", "Première question");

        Document page = staff.submit("/staff/sessions", fields);

        assertThat(staff.path()).isEqualTo("/staff/sessions/70");
        assertThat(page.select("#problem-statements + ol li").eachText()).containsExactly("Première question", "Deuxième question");
        // From the session, staff reach its applications and its working groups.
        assertThat(page.select("#applications-link").attr("href")).isEqualTo("/staff/sessions/70/applications");
        assertThat(page.select("#groups-link").attr("href")).isEqualTo("/staff/sessions/70/groups");
        assertThat(staff.get("/staff/sessions/70/applications").select("h1").text()).isNotBlank();
    }

    @Test
    void aTakenNumberIsRefusedAndTheFormKeepsWhatWasTyped() {
        staff.get("/staff/sessions/new");

        Document page = staff.submit("/staff/sessions", Map.of("number", "34", "theme", "Un thème déjà pris",
                "startDate", "2030-06-01", "endDate", "2030-05-01", "status", "PLANNED"));

        assertThat(page.select("#error-summary").text()).contains("La session n° 34 existe déjà")
                .contains("La date de fin précède la date de début");
        assertThat(page.select("#theme").val()).isEqualTo("Un thème déjà pris");
        assertThat(jdbc.queryForObject("select count(*) from session where theme = 'Un thème déjà pris'", Integer.class)).isZero();
    }

    @Test
    void anOverlappingActivityIsRefusedOnSaveNamingTheOtherWithItsLocalTime() {
        long seminar = paloAlto();
        String activities = "/staff/sessions/34/seminars/" + seminar + "/activities";
        staff.get(activities + "/new");

        Document page = staff.submit(activities, activity("Audition en double", "2016-03-14", "10:00", "11:00"));

        assertThat(page.select("#startTime-messages").text())
                .contains("Chevauche « Travailleurs des plateformes : rencontre avec des acteurs associatifs et syndicaux »")
                .contains("de 09:00 à 12:00 (America/Los_Angeles)");
        assertThat(page.select("#title").val()).isEqualTo("Audition en double");
        assertThat(jdbc.queryForObject("select count(*) from activity where title = 'Audition en double'", Integer.class)).isZero();
    }

    @Test
    void aTimeSkippedByTheClockChangeIsAnErrorOnThatField() {
        long seminar = paloAlto();
        String activities = "/staff/sessions/34/seminars/" + seminar + "/activities";
        staff.get(activities + "/new");

        Document page = staff.submit(activities, activity("Petit matin", "2016-03-13", "02:30", "03:30"));

        assertThat(page.select("#startTime-messages").text()).contains("02:30 n’existe pas ce jour-là dans le fuseau America/Los_Angeles");
        assertThat(jdbc.queryForObject("select count(*) from activity where title = 'Petit matin'", Integer.class)).isZero();
    }

    @Test
    void theCheckWarnsWhileTypingAndSayingNothingIsWrongWhenItFits() {
        long seminar = paloAlto();
        String check = "/staff/sessions/34/seminars/" + seminar + "/activities/check";
        staff.get("/staff/sessions/34/seminars/" + seminar + "/activities/new");
        String csrf = staff.page().select("input[name=_csrf]").val();

        Map<String, String> overlapping = activity("Essai", "2016-03-13", "11:00", "12:00");
        overlapping.put("_csrf", csrf);
        Document warning = staff.post(check, overlapping);
        assertThat(warning.select(".fr-alert--warning").text()).contains("Travail en groupes : premiers enseignements du voyage")
                .contains("de 10:00 à 12:30");

        Map<String, String> fitting = activity("Essai", "2016-03-13", "14:00", "15:00");
        fitting.put("_csrf", csrf);
        assertThat(staff.post(check, fitting).select(".fr-alert--success").text()).contains("Aucun conflit");
    }

    @Test
    void aStudyTripSeminarGetsTheTimeZoneOfItsPlace() {
        staff.get("/staff/sessions/34/seminars/new");
        assertThat(staff.get("/staff/sessions/time-zones?country=CA&city=Montr%C3%A9al&timeZone=Europe/Paris").select("#timeZone option[selected]").val())
                .isEqualTo("America/Toronto");
        staff.get("/staff/sessions/34/seminars/new");

        staff.submit("/staff/sessions/34/seminars", Map.of("ordinal", "6", "title", "Voyage d’étude au Québec",
                "startDate", "2016-04-04", "endDate", "2016-04-08", "city", "Montréal", "country", "CA",
                "timeZone", "America/Toronto", "studyTrip", "true"));

        assertThat(staff.path()).isEqualTo("/staff/sessions/34");
        assertThat(jdbc.queryForObject("select time_zone from seminar where title = 'Voyage d’étude au Québec'", String.class))
                .isEqualTo("America/Toronto");
    }

    @Test
    void speakersAreFoundByAFewLettersWithTheirOrganisation() {
        Document results = staff.get("/staff/sessions/speakers?q=placeh");

        assertThat(results.select("label").eachText()).anySatisfy(label ->
                assertThat(label).contains("Chris Placeholder").contains("Placeholder Ventures"));
    }

    @Test
    void withoutJavaScriptTheSpeakerSearchSendsTheFormBackAsTypedWithThePersonsFound() {
        long seminar = paloAlto();
        String activities = "/staff/sessions/34/seminars/" + seminar + "/activities";
        staff.get(activities + "/new");
        Map<String, String> typed = activity("Audition sans script", "2016-03-16", "14:00", "15:00");
        typed.put("q", "placeh");
        typed.put("searchSpeakers", "true");

        Document page = staff.submit(activities, typed);

        assertThat(page.select("#speaker-results label").eachText()).anySatisfy(label ->
                assertThat(label).contains("Chris Placeholder").contains("Placeholder Ventures"));
        assertThat(page.select("#title").val()).isEqualTo("Audition sans script");
        assertThat(page.select("#speaker-search").val()).isEqualTo("placeh");
        assertThat(page.select(".fr-alert--error, .fr-message--error")).as("nothing was saved, so nothing is wrong yet").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from activity where title = 'Audition sans script'", Integer.class)).isZero();

        // Ticking the person found and saving keeps them as the activity's speaker.
        String speaker = page.select("#speaker-results input[name=speakerIds]").first().val();
        Map<String, String> chosen = activity("Audition sans script", "2016-03-16", "14:00", "15:00");
        chosen.put("speakerIds", speaker);
        staff.submit(activities, chosen);

        assertThat(staff.path()).isEqualTo("/staff/sessions/34");
        assertThat(jdbc.queryForObject("select count(*) from activity_speaker s join activity a on a.id = s.activity_id "
                + "where a.title = 'Audition sans script' and s.person_id = ?", Integer.class, Long.valueOf(speaker))).isEqualTo(1);
        jdbc.update("delete from activity where title = 'Audition sans script'");
    }

    @Test
    void cloningASessionCopiesItsSeminarsIntoTheNewNumber() {
        int seminars = jdbc.queryForObject("select count(*) from seminar s join session se on se.id = s.session_id where se.number = 34", Integer.class);
        staff.get("/staff/sessions/34/clone");

        Document page = staff.submit("/staff/sessions/34/clone", Map.of("number", "71", "theme", "Coopérer, dix ans après",
                "startDate", "2025-06-16", "endDate", "2026-06-30", "status", "PLANNED"));

        assertThat(staff.path()).isEqualTo("/staff/sessions/71");
        assertThat(page.select("section[id^=seminar-] h2").eachText()).hasSize(seminars);
    }

    @Test
    void theCloneFormsErrorSummaryNamesEachFieldInTheFormsOrderAndLeadsToIt() {
        staff.get("/staff/sessions/34/clone");

        Document refused = staff.submit("/staff/sessions/34/clone", Map.of("number", "", "theme", " ",
                "startDate", "2025-06-16", "endDate", "2026-06-30", "status", "PLANNED"));

        assertThat(refused.select("#error-summary li").eachText()).containsExactly(
                "Numéro de la session : Ce champ est obligatoire.", "Thème : Ce champ est obligatoire.");
        assertThat(refused.select("#error-summary li a").eachAttr("href")).containsExactly("#number", "#theme");
    }

    @Test
    void aCloneWhoseEndIsLeftEmptyLastsAsLongAsItsSource() {
        editor.cloneSession(34, new SessionDetails(73, "Source d’une reprise sans fin", null, LocalDate.of(2027, 9, 6),
                LocalDate.of(2028, 6, 30), SessionStatus.PLANNED, List.of()));
        staff.get("/staff/sessions/73/clone");
        assertThat(staff.page().select("label[for=endDate] .fr-hint-text").text())
                .isEqualTo("Laissez vide pour garder la durée de la 73e session : 299 jours.");

        staff.submit("/staff/sessions/73/clone", Map.of("number", "74", "theme", "Reprise sans date de fin",
                "startDate", "2028-09-04", "endDate", "", "status", "PLANNED"));

        assertThat(staff.path()).isEqualTo("/staff/sessions/74");
        assertThat(jdbc.queryForObject("select end_date from session where number = 74", LocalDate.class))
                .as("2028-09-04 plus the 298 days from 6 September 2027 to 30 June 2028").isEqualTo(LocalDate.of(2029, 6, 29));
        staff.get("/staff/sessions/new");
        Document typedElsewhere = staff.submit("/staff/sessions", Map.of("number", "75", "theme", "Sans fin ailleurs",
                "startDate", "2028-09-04", "endDate", "", "status", "PLANNED"));
        assertThat(typedElsewhere.select("#endDate-messages").text()).as("only a clone has a length to keep").isEqualTo("Ce champ est obligatoire.");
    }

    @Test
    void copiedLogisticsNotesThatMentionDatesAreToReviewOnTheCloneUntilStaffSaveTheSeminar() {
        Long source = editor.cloneSession(34, new SessionDetails(76, "Source de notes datées", null, LocalDate.of(2027, 9, 6),
                LocalDate.of(2028, 6, 30), SessionStatus.PLANNED, List.of())).getId();
        jdbc.update("update seminar set logistics_notes = ? where session_id = ? and ordinal = 1",
                "Arrivée le 14/09/2027, hôtel réservé jusqu’au 17 septembre.", source);
        jdbc.update("update seminar set logistics_notes = ? where session_id = ? and ordinal = 2",
                "Navette depuis la gare ; badge à l’accueil.", source);
        staff.get("/staff/sessions/76/clone");

        Document clone = staff.submit("/staff/sessions/76/clone", Map.of("number", "77", "theme", "Reprise aux notes datées",
                "startDate", "2028-09-04", "endDate", "2029-06-29", "status", "PLANNED"));

        Map<String, Object> dated = jdbc.queryForMap("""
                select s.* from seminar s join session se on se.id = s.session_id where se.number = 77 and s.ordinal = 1""");
        long undated = jdbc.queryForObject("""
                select s.id from seminar s join session se on se.id = s.session_id where se.number = 77 and s.ordinal = 2""", Long.class);
        assertThat(clone.select("#logistics-review-" + dated.get("id")).text()).isEqualTo("À revoir : ces notes de logistique, "
                + "reprises d’une session précédente, contiennent des dates. Vérifiez-les, puis enregistrez la rencontre.");
        assertThat(clone.select("#logistics-review-" + undated)).isEmpty();
        assertThat(clone.select("#seminar-" + dated.get("id")).text()).contains("Arrivée le 14/09/2027");

        String edit = "/staff/sessions/77/seminars/" + dated.get("id");
        staff.get(edit + "/edit");
        Document saved = staff.submit(edit, Map.of("ordinal", "1", "title", String.valueOf(dated.get("title")),
                "startDate", String.valueOf(dated.get("start_date")), "endDate", String.valueOf(dated.get("end_date")),
                "city", String.valueOf(dated.get("city")), "country", String.valueOf(dated.get("country")),
                "timeZone", String.valueOf(dated.get("time_zone")), "logisticsNotes", "Arrivée le 12/09/2028."));
        assertThat(staff.path()).isEqualTo("/staff/sessions/77");
        assertThat(saved.select("#logistics-review-" + dated.get("id"))).isEmpty();
    }

    private long paloAlto() {
        return jdbc.queryForObject("""
                select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4""", Long.class);
    }

    private static Map<String, String> activity(String title, String day, String start, String end) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "EXPERT_HEARING");
        fields.put("title", title);
        fields.put("startDate", day);
        fields.put("startTime", start);
        fields.put("endTime", end);
        fields.put("language", "fr");
        fields.put("visibility", "COHORT");
        return fields;
    }
}
