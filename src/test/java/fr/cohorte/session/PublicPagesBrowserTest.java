package fr.cohorte.session;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A visitor's first minute: from the home page to the 34th session, in French and in English. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class PublicPagesBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorReachesSession34AndReadsWhatItWasAbout() {
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });

        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Les sessions nationales");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("34e session nationale")).click();
        assertThat(page).hasURL(url("/sessions/34"));
        assertThat(page.locator("h1")).hasText("34e session nationale");
        assertThat(page.locator(".fr-text--lead")).containsText("Construire des espaces de coopération");
        assertThat(page.locator("tr[data-study-trip=true]")).hasCount(2);
        assertThat(page.locator("tr[data-study-trip=true]").first()).containsText("Voyage d’étude");
        assertThat(page.locator("#cohort-composition tfoot")).containsText("30");
        assertThat(page.locator("svg.cohorte-chart, figure.cohorte-chart svg")).isVisible();
        assertAccessible();

        assertThat(consoleErrors).as("no script or policy errors in the console").isEmpty();
    }

    @Test
    void theLanguageSwitchTurnsThePageIntoEnglishAndBack() {
        page.navigate(url("/sessions/34"));

        page.locator(".fr-header__tools .fr-translate__btn").click();
        page.locator(".fr-header__tools a[hreflang=en]").click();

        assertThat(page.locator("h1")).hasText("National session 34");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("tr[data-study-trip=true]").first()).containsText("Study trip");
        assertThat(page.locator("#cohort-composition caption")).hasText("Participants by horizon");
        assertAccessible();

        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("National sessions");

        page.locator(".fr-header__tools .fr-translate__btn").click();
        page.locator(".fr-header__tools a[hreflang=fr]").click();
        assertThat(page.locator("h1")).hasText("Les sessions nationales");
    }

    @Test
    void onAPhoneTheMenuOpensAndTheSessionPageStaysAccessible() {
        page.setViewportSize(375, 740);
        page.navigate(url("/sessions/34"));

        page.locator("#menu-button").click();
        assertThat(page.locator("#menu-modal")).isVisible();
        assertThat(page.locator("#menu-modal").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Sessions"))).isVisible();
        page.locator("#menu-modal .fr-btn--close").click();

        assertAccessible();
    }

    @Test
    void anUnknownSessionShowsAnAccessible404Page() {
        var response = page.navigate(url("/sessions/999"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page non trouvée");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page d’accueil")))
                .isVisible();
        assertAccessible();
    }

    @Test
    void theFooterPagesAreReachableAndAccessible() {
        page.navigate(url("/"));
        page.locator("#footer").getByText("Mentions légales").click();

        assertThat(page.locator("h1")).hasText("Mentions légales");
        assertAccessible();
    }
}
