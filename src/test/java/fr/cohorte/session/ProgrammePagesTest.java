package fr.cohorte.session;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme pages, their exports and the speakers' and hosts' history, as each audience reads them. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
@Import(ProgrammePagesTest.GroupRooms.class)
class ProgrammePagesTest {

    static final String PASSWORD = "Un mot de passe pour le programme";
    static final String PALO_ALTO_MEETING = "Travailleurs des plateformes : rencontre avec des acteurs associatifs et syndicaux";
    static final String DEBRIEF = "Débriefing du voyage d'étude dans la Silicon Valley";

    /** What the working-groups module will say: here, every group-work slot of the Silicon Valley trip. */
    @TestConfiguration
    static class GroupRooms {
        @Bean
        PersonalProgrammeNotes groupRooms(JdbcTemplate jdbc) {
            return (sessionId, personId, locale) -> Map.of(
                    jdbc.queryForObject("select id from activity where title = 'Travail en groupes : premiers enseignements du voyage'", Long.class),
                    locale.getLanguage().equals("en") ? "Group 3, room Sequoia" : "Groupe 3, salle Séquoia");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    WebClient web;

    @BeforeEach
    void client() {
        web = new WebClient(port);
    }

    @Test
    void theSessionPageLinksToItsPublicProgramme() {
        Document session = html(web.page("/sessions/34"));

        assertThat(session.select("#programme-link").attr("href")).isEqualTo("/sessions/34/programme");
    }

    @Test
    void thePublicProgrammeShowsPublicActivitiesInThePlacesLocalTimeAndNothingForTheCohortOnly() {
        Document page = html(web.page("/sessions/34/programme"));

        assertThat(page.select("h1").text()).isEqualTo("Programme de la 34e session nationale");
        assertThat(page.select(".cohorte-seminar")).hasSize(5);
        Element paloAlto = page.select(".cohorte-seminar").get(3);
        assertThat(paloAlto.select(".cohorte-zone").text()).isEqualTo("Heure de Palo Alto (UTC−8 / UTC−7)");
        Element meeting = slot(page, PALO_ALTO_MEETING);
        assertThat(meeting.select(".cohorte-slot__time").text()).isEqualTo("09:00 – 12:00");
        assertThat(meeting.select("time").first().attr("datetime")).isEqualTo("2016-03-14T09:00-07:00");
        assertThat(meeting.closest(".cohorte-day").select("h3").text()).isEqualTo("lundi 14 mars");
        assertThat(meeting.select(".cohorte-language").text()).isEqualTo("En anglais, avec interprétation");
        Element visit = slot(page, "Visite de Maschinenbau Beispiel, entreprise familiale du Mittelstand");
        assertThat(visit.text()).contains("Intervenants : Erika Mustermann (Maschinenbau Beispiel GmbH)")
                .contains("Accueil : Maschinenbau Beispiel GmbH").contains("En allemand, avec interprétation");

        assertThat(page.text()).doesNotContain(DEBRIEF).doesNotContain("Dîner").doesNotContain("ESTA")
                .doesNotContain("Logistique").doesNotContain("Réservée à la cohorte");
        assertThat(page.select("#public-ics").attr("href")).isEqualTo("/sessions/34/programme.ics");
    }

    @Test
    void inEnglishTheZoneAndTheDaysAreNamedInEnglish() {
        Document page = html(web.page("/sessions/34/programme?lang=en"));

        assertThat(page.select("h1").text()).isEqualTo("Programme of national session 34");
        assertThat(page.select(".cohorte-seminar").get(3).select(".cohorte-zone").text()).isEqualTo("Palo Alto time (UTC−8 / UTC−7)");
        assertThat(slot(page, PALO_ALTO_MEETING).closest(".cohorte-day").select("h3").text()).isEqualTo("Monday 14 March");
        assertThat(slot(page, PALO_ALTO_MEETING).select(".cohorte-language").text()).isEqualTo("In English, with interpretation");
    }

    @Test
    void staffSeeTheCohortsWholeProgrammeWithLogisticsAndTheCancelledDinnerStruckThrough() {
        accounts.create("programme.staff@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("programme.staff@cohorte.test", PASSWORD);

        Document publicPage = staff.get("/sessions/34/programme");
        assertThat(publicPage.select("a[href=/sessions/34/programme/cohort]")).isNotEmpty();
        Document page = staff.get("/sessions/34/programme/cohort");

        assertThat(staff.status()).isEqualTo(200);
        assertThat(page.select(".cohorte-logistics").eachText()).hasSize(2)
                .anySatisfy(text -> assertThat(text).contains("ESTA obligatoire"));
        Element dinner = slot(page, "Dîner avec des Français de la Silicon Valley");
        assertThat(dinner.select("s").text()).isEqualTo("Dîner avec des Français de la Silicon Valley");
        assertThat(dinner.select(".fr-badge--error").text()).isEqualTo("Annulée");
        assertThat(slot(page, DEBRIEF).text()).contains("Réservée à la cohorte");
        assertThat(page.select(".cohorte-slot").stream().filter(s -> s.text().contains("En parallèle"))).hasSize(2);
    }

    @Test
    void aParticipantReadsTheirWholeProgrammeWithTheirGroupsRoom() {
        accounts.create("nathalie.demo@example.org", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        BrowserlessSession participant = new BrowserlessSession(port);
        participant.logIn("nathalie.demo@example.org", PASSWORD);

        Document me = participant.get("/me");
        assertThat(me.select("#my-programme").attr("href")).isEqualTo("/me/programme");
        Document page = participant.get("/me/programme");

        assertThat(page.select("h1").text()).isEqualTo("Mon programme");
        assertThat(page.text()).contains(DEBRIEF).contains("ESTA obligatoire");
        assertThat(slot(page, "Travail en groupes : premiers enseignements du voyage").select(".cohorte-slot__note").text())
                .isEqualTo("Groupe 3, salle Séquoia");
        assertThat(page.select("form[action=/me/programme/feed] button").text()).isEqualTo("Créer mon agenda");

        HttpResponse<byte[]> csv = participant.download("/me/programme/export?format=csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(DEBRIEF).contains("Groupe 3, salle Séquoia");
    }

    @Test
    void someoneWhoIsNoParticipantIsToldTheyHaveNoProgramme() {
        accounts.create("programme.juror@cohorte.test", RoleGrant.scoped(Role.JURY, 34), PASSWORD);
        BrowserlessSession juror = new BrowserlessSession(port);
        juror.logIn("programme.juror@cohorte.test", PASSWORD);

        Document page = juror.get("/me/programme");

        assertThat(page.text()).contains("n’est rattaché à aucune session");
        juror.post("/me/programme/feed", Map.of("_csrf", page.select("meta[name=_csrf]").attr("content")));
        assertThat(juror.path()).isEqualTo("/me/programme");
        assertThat(jdbc.queryForObject("""
                select count(*) from calendar_feed f join person p on p.id = f.person_id
                where p.email = 'programme.juror@cohorte.test'""", Integer.class)).isZero();
    }

    @Test
    void thePublicExportsListPublicActivitiesWithLocalTimesAndTheirZone() throws Exception {
        HttpResponse<byte[]> csv = new BrowserlessSession(port).download("/sessions/34/programme/export?format=csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);

        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("programme-session-34");
        assertThat(text.lines().findFirst().orElseThrow()).contains("Rencontre;Date;Début;Fin;Fuseau horaire;Type;Titre");
        assertThat(text).contains("2016-03-14;09:00;12:00;America/Los_Angeles;Rencontre d’acteurs;" + PALO_ALTO_MEETING)
                .doesNotContain(DEBRIEF);

        HttpResponse<byte[]> xlsx = new BrowserlessSession(port).download("/sessions/34/programme/export?format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Titre");
            assertThat(sheet.getLastRowNum()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from activity where visibility = 'PUBLIC'", Integer.class));
        }
    }

    @Test
    void aSpeakersPageListsTheirTalksAndAHostsPageItsVisitsAndItsMembersTalks() {
        accounts.create("programme.directory@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("programme.directory@cohorte.test", PASSWORD);
        long jane = jdbc.queryForObject("select id from person where email = 'jane.sample@example.org'", Long.class);
        long labs = jdbc.queryForObject("select id from organisation where short_name = 'Example Labs'", Long.class);

        Document person = staff.get("/directory/persons/" + jane);
        assertThat(person.select("#appearances tbody tr").eachText()).containsExactly(
                "11 mars 2016 34e session nationale Visite d'Example Labs, start-up de l'économie des plateformes Intervenant");

        Document organisation = staff.get("/directory/organisations/" + labs);
        assertThat(organisation.select("#appearances tbody tr").eachText()).containsExactlyInAnyOrder(
                "11 mars 2016 34e session nationale Visite d'Example Labs, start-up de l'économie des plateformes Visite accueillie",
                "11 mars 2016 34e session nationale Visite d'Example Labs, start-up de l'économie des plateformes Intervention de Jane Sample");
        assertThat(organisation.select("#appearances a").first().attr("href")).isEqualTo("/sessions/34/programme");
    }

    @Test
    void aSpeakerWhoMovedOnIsShownWithTheOrganisationTheyBelongedToWhenTheySpoke() {
        long erika = jdbc.queryForObject("select id from person where family_name = 'Mustermann'", Long.class);
        long formerEmployer = jdbc.queryForObject("select organisation_id from person where id = ?", Long.class, erika);
        long labs = jdbc.queryForObject("select id from organisation where short_name = 'Example Labs'", Long.class);
        jdbc.update("update person set organisation_id = ? where id = ?", labs, erika);
        try {
            Element visit = slot(html(web.page("/sessions/34/programme")), "Visite de Maschinenbau Beispiel, entreprise familiale du Mittelstand");
            assertThat(visit.text()).contains("Intervenants : Erika Mustermann (Maschinenbau Beispiel GmbH)");

            accounts.create("programme.history@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
            BrowserlessSession staff = new BrowserlessSession(port);
            staff.logIn("programme.history@cohorte.test", PASSWORD);
            assertThat(staff.get("/directory/organisations/" + formerEmployer).select("#appearances tbody tr").eachText())
                    .anyMatch(row -> row.endsWith("Intervention de Erika Mustermann"));
            assertThat(staff.get("/directory/organisations/" + labs).select("#appearances tbody tr").eachText())
                    .noneMatch(row -> row.contains("Erika Mustermann"));
        } finally {
            jdbc.update("update person set organisation_id = ? where id = ?", formerEmployer, erika);
        }
    }

    private static Element slot(Document page, String title) {
        Element slot = page.select(".cohorte-slot").stream()
                .filter(s -> s.select(".cohorte-slot__title").text().equals(title)).findFirst().orElse(null);
        assertThat(slot).as("activity " + title).isNotNull();
        return slot;
    }

    private static Document html(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
