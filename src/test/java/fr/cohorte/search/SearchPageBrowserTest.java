package fr.cohorte.search;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.session.ActivityVisibility;
import fr.cohorte.session.Seminar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The header's search box and the results page as a visitor uses them, on a desktop and a phone, in
 * French and English, and the administrators' reindex; axe-core clean on every page.
 */
@CohorteTest
class SearchPageBrowserTest extends BrowserTestSupport {

    static final String ADMIN = "admin@cohorte.test";
    static final String PASSWORD = "Un mot de passe de test assez long";

    @Autowired SearchFixtures fixtures;

    static boolean made;

    @BeforeEach
    void aSessionWithActivities() {
        if (!made) {
            Seminar seminar = fixtures.seminar(61, "Coopérer pour l’emploi");
            fixtures.activity(seminar, "Audition sur les groupements d’employeurs", "Un groupement d’employeurs partage des salariés "
                    + "entre entreprises d’un même territoire ; la formation y est mutualisée.", ActivityVisibility.PUBLIC);
            fixtures.activity(seminar, "Visite d’une coopérative d’employeurs", "Une SCIC <b>réunit</b> salariés et collectivités.",
                    ActivityVisibility.PUBLIC);
            fixtures.activity(seminar, "Dîner des employeurs de la promotion", "Réservé à la promotion.", ActivityVisibility.COHORT);
            made = true;
        }
    }

    @Test
    void aVisitorSearchesFromTheHeaderFiltersByKindAndFollowsASuggestion() {
        page.setViewportSize(1280, 900);
        page.navigate(url("/"));
        page.locator("#header-search-input").fill("employeurs");
        page.locator("#header-search button[type=submit]").click();

        assertThat(page.locator("h1")).hasText("Rechercher");
        assertThat(page.locator("#search-count")).hasText("2 résultats pour « employeurs »");
        assertThat(page.locator("#search-hits mark").first()).hasText("employeurs");
        assertThat(page.locator("#search-hits")).not().containsText("Dîner");
        assertThat(page.locator("#search-hits")).containsText("Une SCIC <b>réunit</b>");
        assertThat(page.locator("#facet-kind a[data-kind=activity]")).hasText("Activités (2)");
        assertAccessible();
        screenshot("search-fr-1280");

        page.locator("#facet-session a[data-session='61']").click();
        assertThat(page.locator("#search-count")).hasText("2 résultats pour « employeurs »");
        assertThat(page.locator("#facet-session a[aria-current=page]")).hasText("61e session nationale (2)");

        page.locator("#search-page-input").fill("groupemnts");
        page.locator("#search-page-bar button").click();
        assertThat(page.locator("#search-nothing")).isVisible();
        assertThat(page.locator("#search-suggestion")).containsText("Essayez avec l’orthographe : groupements");
        assertAccessible();
        page.locator("#search-suggestion a").click();
        assertThat(page.locator("#search-count")).hasText("1 résultat pour « groupements »");
    }

    @Test
    void onAPhoneTheResultsReadInEnglishAndStayAccessible() {
        page.setViewportSize(390, 844);
        page.navigate(url("/search?q=cooperative&lang=en"));
        assertThat(page.locator("h1")).hasText("Search");
        assertThat(page.locator("#search-count")).hasText("1 result for “cooperative”");
        assertThat(page.locator("#search-hits")).containsText("Visite d’une coopérative d’employeurs");
        assertAccessible();
        screenshot("search-en-390");

        page.navigate(url("/search?q=cooperative&lang=fr"));
        assertAccessible();
        screenshot("search-fr-390");
        page.setViewportSize(1280, 900);
        page.navigate(url("/search?q=cooperative&lang=en"));
        assertAccessible();
        screenshot("search-en-1280");
        page.navigate(url("/search?lang=fr"));
        assertThat(page.locator("#search-help")).isVisible();
        assertAccessible();
    }

    @Test
    void anAdministratorRebuildsTheIndexAndWatchesItFinish() {
        page.setViewportSize(1280, 900);
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(ADMIN);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        page.navigate(url("/admin/search"));
        assertAccessible();
        page.locator("#reindex").click();
        assertThat(page.locator("#reindex-done")).containsText("Index reconstruit");
        assertAccessible();
        screenshot("admin-search-fr-1280");
        page.setViewportSize(390, 844);
        assertAccessible();
        screenshot("admin-search-fr-390");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
