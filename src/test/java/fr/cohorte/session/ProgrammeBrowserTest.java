package fr.cohorte.session;

import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.Locator;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme read on a wide screen (a week grid) and on a phone (day after day), in French and
 * in English, by a visitor and by a participant; axe-core checks every view.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class ProgrammeBrowserTest extends BrowserTestSupport {

    static final String PARTICIPANT = "julien.fictif@example.org";
    static final String PASSWORD = "Le programme de Julien";
    static final String PALO_ALTO_VISIT = "Visite d'Example Labs, start-up de l'économie des plateformes";

    @Autowired
    TestAccounts accounts;

    @Test
    void onAWideScreenTheDaysOfASeminarAreColumnsAndPaloAltoTimesAreLocal() {
        page.setViewportSize(1280, 900);
        page.navigate(url("/sessions/34/programme"));

        Locator visit = slot(PALO_ALTO_VISIT);
        assertThat(visit.locator(".cohorte-slot__time")).hasText("14:00 – 17:30");
        assertThat(page.locator(".cohorte-zone[data-zone='America/Los_Angeles']")).hasText("Heure de Palo Alto (UTC−8 / UTC−7)");
        Locator munichDays = page.locator(".cohorte-seminar").nth(1).locator(".cohorte-day");
        BoundingBox monday = munichDays.nth(0).boundingBox();
        BoundingBox tuesday = munichDays.nth(1).boundingBox();
        assertThat(tuesday.y).as("days side by side").isEqualTo(monday.y);
        assertThat(tuesday.x).isGreaterThan(monday.x);
        assertAccessible();

        page.navigate(url("/sessions/34/programme?lang=en"));
        assertThat(page.locator("h1")).hasText("Programme of national session 34");
        assertThat(page.locator(".cohorte-zone[data-zone='America/Los_Angeles']")).hasText("Palo Alto time (UTC−8 / UTC−7)");
        assertAccessible();
    }

    @Test
    void onAPhoneTheDaysFollowEachOtherAndThePageStaysAccessible() {
        page.setViewportSize(375, 740);
        page.navigate(url("/sessions/34/programme"));

        Locator munichDays = page.locator(".cohorte-seminar").nth(1).locator(".cohorte-day");
        BoundingBox monday = munichDays.nth(0).boundingBox();
        BoundingBox tuesday = munichDays.nth(1).boundingBox();
        assertThat(tuesday.y).as("days one below the other").isGreaterThan(monday.y + monday.height - 1);
        assertThat(slot(PALO_ALTO_VISIT).locator(".cohorte-slot__time")).hasText("14:00 – 17:30");
        assertAccessible();

        page.navigate(url("/sessions/34/programme?lang=en"));
        assertAccessible();
    }

    @Test
    void aParticipantReadsTheirProgrammeAndCreatesTheirCalendarOnAPhoneAndOnAWideScreen() {
        accounts.create(PARTICIPANT, RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        page.navigate(url("/login"));
        page.locator("#email").fill(PARTICIPANT);
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        page.waitForURL(url("/me"));

        page.setViewportSize(1280, 900);
        page.navigate(url("/me/programme"));
        assertThat(page.locator("h1")).hasText("Mon programme");
        assertThat(slot("Débriefing du voyage d'étude dans la Silicon Valley").locator(".cohorte-slot__time")).hasText("09:00 – 11:00");
        assertThat(page.locator(".cohorte-logistics").first()).containsText("Vol Lyon–Munich");
        page.getByText("Créer mon agenda").click();
        assertThat(page.locator("#feed-url")).hasValue(java.util.regex.Pattern.compile("^http://localhost:8080/calendar/.+\\.ics$"));
        assertAccessible();

        page.setViewportSize(375, 740);
        page.navigate(url("/me/programme?lang=en"));
        assertThat(page.locator("h1")).hasText("My programme");
        assertThat(page.locator("#feed-exists")).containsText("Its address is no longer shown");
        assertAccessible();
    }

    private Locator slot(String title) {
        return page.locator(".cohorte-slot").filter(new Locator.FilterOptions().setHasText(title)).first();
    }
}
