package fr.cohorte.publication;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book of the 34th session from its coordinator's edit (and a colleague's conflicting one) and rendering to a
 * visitor's download, in French and English.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class PublicationCatalogueBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Un mot de passe de test assez long";
    static final String TITLE = "Construire des espaces de coopération pour l'emploi, la formation et le développement économique";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aCoordinatorEditsAndRendersTheBookAndAVisitorDownloadsIt() {
        long book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        accounts.create("coordination@livre.test", RoleGrant.scoped(Role.COORDINATOR, book), PASSWORD);
        List<String> consoleErrors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });

        accounts.create("equipe@livre.test", RoleGrant.global(Role.STAFF), PASSWORD);
        logIn(page, "coordination@livre.test");
        page.navigate(url("/publications/" + book + "/manage"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier « Préconisations et bonnes pratiques »")).click();
        assertAccessible();

        try (BrowserContext secondBrowser = context.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page colleague = secondBrowser.newPage();
            logIn(colleague, "equipe@livre.test");
            colleague.navigate(page.url());
            colleague.getByLabel("Texte du chapitre").fill("Première condition : se connaître.");
            colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le chapitre")).click();
            assertThat(colleague.locator("#chapter-saved")).isVisible();
        }
        page.getByLabel("Texte du chapitre").fill("Deuxième condition : un tiers de confiance.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le chapitre")).click();
        assertThat(page.locator("#chapter-conflict")).isVisible();
        assertThat(page.locator("#saved-text")).hasText("Première condition : se connaître.");
        assertThat(page.getByLabel("Texte du chapitre")).hasValue("Deuxième condition : un tiers de confiance.");
        assertAccessible();
        page.getByLabel("Texte du chapitre").fill("Première condition : se connaître.\n\nDeuxième condition : un tiers de confiance.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer ma version")).click();
        assertThat(page.locator("#chapter-saved")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier « Préconisations et bonnes pratiques »")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comparer deux versions")).click();
        assertThat(page.locator("#diff ins").last()).containsText("Deuxième condition : un tiers de confiance.");
        assertAccessible();
        page.goBack();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Soumettre à la relecture")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver le chapitre")).click();
        assertThat(page.locator("#chapter-state")).containsText("Approuvé");
        assertAccessible();

        page.navigate(url("/publications/" + book));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gérer le fichier")).click();
        assertThat(page.locator("h1")).hasText("Fichier de l’ouvrage");
        assertThat(page.locator("#chapter-list li").nth(2)).containsText("Approuvé");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer le PDF")).click();
        // The page asks for the progress every second until the rendering ends; a book takes seconds of a busy machine.
        assertThat(page.locator("#rendering-succeeded")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
        page.reload();
        assertThat(page.locator("#file-facts")).containsText("Généré par Cohorte");
        assertAccessible();
        page.navigate(url("/publications/" + book + "/manage/metadata"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Monter Intefp")).click();
        assertThat(page.locator("#publisher-list li > span")).hasText(new String[] {"Intefp", "Céreq"});
        assertAccessible();
        page.locator(".fr-header__tools").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Se déconnecter")).click();

        page.navigate(url("/"));
        page.locator("#navigation-principale").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Publications")).first().click();
        assertThat(page.locator("h1")).hasText("Publications");
        assertThat(page.locator("#publications")).containsText(TITLE);
        assertAccessible();
        page.getByLabel("Session").selectOption("34");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator("#citation")).containsText("Rosenfeld P.-L., Aubert J.-P. (dir.) (2016).");
        assertAccessible();

        long downloadsBefore = downloads();
        Download download = page.waitForDownload(() -> page.locator("#download a[href$='/pdf']").click());
        assertThat(download.suggestedFilename()).isEqualTo("rosenfeld2016.pdf");
        assertThat(downloads()).isEqualTo(downloadsBefore + 1);
        assertThat(consoleErrors).as("no script or policy errors in the console").isEmpty();
    }

    @Test
    void theCatalogueAndTheBookPageReadInEnglish() {
        long book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);

        page.navigate(url("/publications?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".fr-text--lead")).hasText("The books that come out of the national sessions, to read, download and cite.");
        assertThat(page.locator("#publication-count")).hasText("1 publication");
        assertAccessible();

        page.navigate(url("/publications/" + book));
        assertThat(page.locator("#cite")).hasText("Cite this book");
        assertThat(page.locator("#citation")).containsText("(eds.) (2016)");
        assertThat(page.locator("#abstract")).hasText("Abstract");
        assertThat(page.locator("#chapters")).hasText("Chapters");
        assertAccessible();
    }

    private long downloads() {
        return jdbc.queryForObject("select coalesce(sum(downloads), 0) from publication_download", Long.class);
    }

    private void logIn(Page browser, String email) {
        browser.navigate(url("/login"));
        browser.getByLabel("Adresse électronique").fill(email);
        browser.getByLabel("Mot de passe").fill(PASSWORD);
        browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(browser.locator("h1")).hasText("Mon compte");
    }
}
