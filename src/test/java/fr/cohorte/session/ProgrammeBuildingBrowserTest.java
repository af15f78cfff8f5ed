package fr.cohorte.session;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member adds a study trip to Montréal across the North American switch to summer time
 * (Sunday 13 March 2016), types three activities in local time, is warned of an overlap while typing,
 * fixes it, and the stored instants are right in UTC, on the public programme (local time) and in the
 * public .ics feed read back with ical4j.
 */
// These tests add seminars to session 34: they share a demo database of their own, so that pages
// and tests reading the demo as it loads do not see their additions.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.database=programme-editing"})
class ProgrammeBuildingBrowserTest extends BrowserTestSupport {

    static final String EMAIL = "organisatrice@example.org";
    static final String PASSWORD = "Le programme du voyage d’étude";
    static final String SEMINAR = "Voyage d’étude au Québec : coopératives et syndicats";

    @Autowired
    TestAccounts accounts;

    @Test
    void staffAddAStudyTripAbroadWithActivitiesInLocalTimeAcrossTheClockChange() throws Exception {
        accounts.create(EMAIL, RoleGrant.global(Role.STAFF), PASSWORD);
        logIn();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gestion des sessions")).first().click();
        assertThat(page.locator("h1")).hasText("Sessions et programmes");
        assertAccessibleWideAndNarrow();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Construire des espaces de coopération").setExact(false)).click();
        assertThat(page.locator("h1")).hasText("Programme de la 34e session");
        assertAccessibleWideAndNarrow();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter une rencontre")).click();
        page.locator("#ordinal").fill("8");
        page.locator("#title").fill(SEMINAR);
        page.locator("#startDate").fill("2016-03-11");
        page.locator("#endDate").fill("2016-03-15");
        page.locator("#city").fill("Montréal");
        page.locator("#country").selectOption("CA");
        assertThat(page.locator("#timeZone")).hasValue("America/Toronto");
        page.locator("label[for=studyTrip1]").click();
        assertAccessibleWideAndNarrow();
        save();
        assertThat(page.locator("#contenu")).containsText(SEMINAR);

        addActivity("Audition du vendredi : les coopératives québécoises", "2016-03-11", "09:00", "12:00");
        addActivity("Rencontre du lundi avec la Fédération des travailleurs", "2016-03-14", "09:00", "12:00");

        openNewActivityForm();
        page.locator("#type").selectOption("COMPANY_VISIT");
        page.locator("#title").fill("Visite d’une coopérative de travail");
        page.locator("#startDate").fill("2016-03-14");
        page.locator("#startTime").fill("11:00");
        page.locator("#endTime").fill("13:00");
        assertThat(page.locator("#programme-checks"))
                .containsText("Chevauche « Rencontre du lundi avec la Fédération des travailleurs », le lundi 14 mars 2016 de 09:00 à 12:00 (America/Toronto)");
        assertAccessibleWideAndNarrow();
        page.locator("#startTime").fill("14:00");
        page.locator("#endTime").fill("16:30");
        // Enter in the speaker search looks people up; it does not save the form around it.
        page.locator("#speaker-search").pressSequentially("placeh");
        page.locator("#speaker-search").press("Enter");
        assertThat(page.locator("#speaker-results label").first()).containsText("Chris Placeholder");
        assertThat(page.locator("h1")).hasText("Ajouter une activité");
        page.locator("#speaker-results label").first().click();
        choosePublic();
        assertThat(page.locator("#programme-checks")).containsText("Aucun conflit");
        save();
        assertThat(page.locator(".fr-alert--success")).containsText("Les modifications sont enregistrées");
        assertAccessibleWideAndNarrow();

        JsonNode seminar = seminarFromApi();
        assertThat(seminar.get("timeZone").asString()).isEqualTo("America/Toronto");
        List<String> instants = new ArrayList<>();
        seminar.get("activities").forEach(activity -> instants.add(activity.get("startsAt").asString() + "/" + activity.get("endsAt").asString()));
        // Winter time (UTC−5) on Friday, summer time (UTC−4) from Sunday on.
        assertThat(instants).containsExactly(
                "2016-03-11T14:00:00Z/2016-03-11T17:00:00Z",
                "2016-03-14T13:00:00Z/2016-03-14T16:00:00Z",
                "2016-03-14T18:00:00Z/2016-03-14T20:30:00Z");

        // What the public sees: the same activities, in Montréal's local time.
        page.navigate(url("/sessions/34/programme"));
        Locator trip = page.locator("section.cohorte-seminar").filter(new Locator.FilterOptions().setHasText(SEMINAR));
        assertThat(trip.locator(".cohorte-zone")).containsText("UTC−5 / UTC−4");
        assertThat(trip.locator(".cohorte-slot").filter(new Locator.FilterOptions().setHasText("Visite d’une coopérative de travail"))
                .locator(".cohorte-slot__time")).hasText("14:00 – 16:30");
        assertThat(trip.locator(".cohorte-slot").filter(new Locator.FilterOptions().setHasText("Visite d’une coopérative de travail")))
                .containsText("Chris Placeholder");
        assertThat(trip.locator(".cohorte-slot").filter(new Locator.FilterOptions().setHasText("Audition du vendredi"))
                .locator("time").first()).hasAttribute("datetime", "2016-03-11T09:00-05:00");
        assertAccessibleWideAndNarrow();

        // What a calendar client receives: the right instants on both sides of the change.
        WebClient web = new WebClient(port);
        Calendar calendar = ProgrammeCalendarTest.parse(web.send(web.request("/sessions/34/programme.ics").GET()).body());
        VEvent friday = ProgrammeCalendarTest.event(calendar, "Audition du vendredi : les coopératives québécoises");
        VEvent monday = ProgrammeCalendarTest.event(calendar, "Visite d’une coopérative de travail");
        assertThat(ProgrammeCalendarTest.start(friday)).isEqualTo(Instant.parse("2016-03-11T14:00:00Z"));
        assertThat(ProgrammeCalendarTest.start(monday)).isEqualTo(Instant.parse("2016-03-14T18:00:00Z"));
        assertThat(ProgrammeCalendarTest.end(monday)).isEqualTo(Instant.parse("2016-03-14T20:30:00Z"));
        assertThat(calendar.getComponents(VTimeZone.VTIMEZONE).stream()
                .map(zone -> zone.getProperty(Property.TZID).orElseThrow().getValue())).contains("America/Toronto");
    }

    private void addActivity(String title, String day, String start, String end) {
        openNewActivityForm();
        page.locator("#type").selectOption("EXPERT_HEARING");
        page.locator("#title").fill(title);
        page.locator("#startDate").fill(day);
        page.locator("#startTime").fill(start);
        page.locator("#endTime").fill(end);
        choosePublic();
        assertThat(page.locator("#programme-checks")).containsText("Aucun conflit");
        save();
        assertThat(page.locator("#contenu")).containsText(title);
    }

    /** The DSFR draws its own radio button over the input: click its label, as people do. */
    private void choosePublic() {
        page.locator("label").filter(new Locator.FilterOptions().setHasText("Tout le monde (programme public)")).click();
    }

    private void openNewActivityForm() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ajouter une activité à la rencontre « " + SEMINAR + " »")).click();
        assertThat(page.locator("h1")).hasText("Ajouter une activité");
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
    }

    private void assertAccessibleWideAndNarrow() {
        page.setViewportSize(1280, 900);
        assertAccessible();
        page.setViewportSize(375, 800);
        assertAccessible();
        page.setViewportSize(1280, 900);
    }

    private JsonNode seminarFromApi() {
        WebClient api = new WebClient(port);
        HttpResponse<String> response = api.send(api.request("/api/v1/sessions/34")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode seminar : new ObjectMapper().readTree(response.body()).get("seminars")) {
            if (seminar.get("title").asString().equals(SEMINAR)) {
                return seminar;
            }
        }
        throw new AssertionError("No seminar " + SEMINAR + " in the API");
    }

    private void logIn() {
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(EMAIL);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
    }
}
