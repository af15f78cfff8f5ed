package fr.cohorte.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.directory.Person;
import fr.cohorte.session.Seminar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participant writes a note on a phone during a hearing: a hostile script and link come out inert,
 * the login expires mid-sentence and the text comes back after logging in again; shared with the
 * cohort, a co-author edits at the same time and nothing is lost. Every page is checked by axe-core
 * at 1280 and 390 pixels.
 */
@CohorteTest
class ContributionBrowserTest extends BrowserTestSupport {

    static final int SESSION = 9143;
    static final String PASSWORD = "Un mot de passe de test assez long";
    /** What the editor says once a draft saved itself (a save may also land while typing, so any version). */
    static final java.util.regex.Pattern SAVED = java.util.regex.Pattern.compile("Brouillon enregistré \\(version \\d+\\)\\.");

    @Autowired ContributionFixtures fixtures;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    final List<String> dialogs = new ArrayList<>();

    /** axe-core at 1280 px, then at 390 px, where the test goes on as on a phone. */
    void assertAccessibleAtBothWidths(Page on) {
        Page kept = page;
        page = on;
        page.setViewportSize(1280, 900);
        assertAccessible();
        page.setViewportSize(390, 844);
        assertAccessible();
        page = kept;
    }

    void logIn(Page on, String email) {
        on.locator("#email").fill(email);
        on.locator("#password").fill(PASSWORD);
        on.locator("#password").press("Enter");
    }

    long contribution;

    String savedBody() {
        return jdbc.queryForObject("select body from contribution where id = ?", String.class, contribution);
    }

    @Test
    void aNoteWrittenOnAPhoneSurvivesAnExpiredLoginAndACoAuthorsEditAtTheSameTime() {
        Seminar seminar = fixtures.seminar(SESSION);
        fixtures.hearing(seminar, "Audition d’un groupement d’employeurs", Set.of());
        Person alice = fixtures.participant(SESSION, "Alice", "Autrice");
        Person bruno = fixtures.participant(SESSION, "Bruno", "Coauteur");
        accounts.create(alice.getEmail(), RoleGrant.scoped(Role.PARTICIPANT, SESSION), PASSWORD);
        accounts.create(bruno.getEmail(), RoleGrant.scoped(Role.PARTICIPANT, SESSION), PASSWORD);
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.setViewportSize(390, 844);

        page.navigate(url("/login"));
        logIn(page, alice.getEmail());
        page.waitForURL(url("/me"));
        page.navigate(url("/knowledge/sessions/" + SESSION + "/contributions"));
        assertThat(page.locator("#no-contribution")).isVisible();
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Écrire une contribution")).click();
        page.getByLabel("Titre").fill("Audition du groupement");
        page.getByLabel("À propos de").selectOption(new SelectOption().setLabel("Audition d’un groupement d’employeurs"));
        assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer à écrire")).click();
        page.waitForURL("**/edit");
        String edit = page.url();
        contribution = Long.parseLong(edit.replaceAll(".*/contributions/(\\d+)/edit$", "$1"));
        assertThat(jdbc.queryForObject("select title from contribution where id = ?", String.class, contribution))
                .isEqualTo("Audition du groupement");

        // During the hearing: a hostile script and link, typed as any text.
        page.locator("#body").fill("L’intervenant <script>alert('volé')</script> décrit le groupement.\n\n"
                + "[Voir le site](javascript:alert('lien')) et <img src=x onerror=alert('image')>\n\n");
        page.waitForCondition(() -> savedBody().contains("décrit le groupement"));
        assertThat(page.locator("#autosave-status")).hasText(SAVED);
        assertThat(page.locator("#preview")).containsText("décrit le groupement");
        assertThat(page.locator("#preview")).containsText("Voir le site");
        assertThat(page.locator("#preview [href*='javascript' i], #preview [onerror], #preview [onclick]")).hasCount(0);
        assertThat(page.locator("#preview script, #preview img")).hasCount(0);
        assertAccessibleAtBothWidths(page);

        // The login expires mid-sentence.
        jdbc.update("delete from spring_session where principal_name = ?", alice.getEmail());
        page.locator("#body").pressSequentially("Les salariés partagés entre trois");
        assertThat(page.locator("#login-expired")).isVisible();
        assertThat(page.locator("#login-expired")).containsText(
                "Votre session a expiré : votre texte est gardé sur cet appareil. Reconnectez-vous.");
        assertThat(savedBody()).doesNotContain("salariés partagés");
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se reconnecter et reprendre ce texte")).click();
        page.waitForURL(url("/login"));
        logIn(page, alice.getEmail());
        page.waitForURL(address -> address.startsWith(edit));
        assertThat(page.locator("#restored")).isVisible();
        assertThat(page.locator("#body")).hasValue(java.util.regex.Pattern.compile(".*Les salariés partagés entre trois$",
                java.util.regex.Pattern.DOTALL));
        page.waitForCondition(() -> savedBody().endsWith("Les salariés partagés entre trois"));
        assertThat(page.locator("#autosave-status")).hasText(SAVED);
        assertThat(page.locator("#restored")).isVisible();
        assertThat(savedBody()).endsWith("Les salariés partagés entre trois");
        assertAccessibleAtBothWidths(page);
        page.locator("#body").pressSequentially(" employeurs.");
        page.waitForCondition(() -> savedBody().endsWith("trois employeurs."));

        // Read as it is published: still inert. Then shared with the cohort and a co-author.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir la contribution")).click();
        assertThat(page.locator("#contribution-body")).containsText("Les salariés partagés entre trois employeurs.");
        assertThat(page.locator("#contribution-body script, #contribution-body img")).hasCount(0);
        assertThat(page.locator("#contribution-body")).containsText("Voir le site");
        assertThat(page.locator("#contribution-body [href*='javascript' i], #contribution-body [onerror]")).hasCount(0);
        page.locator("label[for=visibility-COHORT]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer la visibilité")).click();
        assertThat(page.locator("#visibility-changed")).isVisible();
        assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Co-auteurs")).click();
        page.getByLabel("Ajouter un co-auteur").selectOption(new SelectOption().setLabel("Bruno Coauteur"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter").setExact(true)).click();
        assertThat(page.locator("#author-added")).isVisible();
        assertAccessibleAtBothWidths(page);

        // Both edit at once, Bruno on his own device.
        page.navigate(edit);
        BrowserContext brunoContext = context.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        try {
            Page brunoPage = brunoContext.newPage();
            brunoPage.setViewportSize(390, 844);
            brunoPage.navigate(edit);
            brunoPage.waitForURL(url("/login"));
            logIn(brunoPage, bruno.getEmail());
            brunoPage.waitForURL(address -> address.startsWith(edit));
            brunoPage.locator("#body").press("Control+End");
            brunoPage.locator("#body").pressSequentially("\n\nBruno : le GEIQ forme aussi.");
            brunoPage.waitForCondition(() -> savedBody().endsWith("Bruno : le GEIQ forme aussi."));
            assertThat(brunoPage.locator("#autosave-status")).hasText(SAVED);

            page.locator("#body").press("Control+End");
            page.locator("#body").pressSequentially("\n\nAlice : trois sites.");
            assertThat(page.locator("#conflict")).isVisible();
            assertThat(page.locator("#saved-text")).containsText("Bruno : le GEIQ forme aussi.");
            assertThat(page.locator("#body")).hasValue(java.util.regex.Pattern.compile(".*Alice : trois sites\\.$",
                    java.util.regex.Pattern.DOTALL));
            assertThat(savedBody()).as("Bruno's save is not overwritten").endsWith("Bruno : le GEIQ forme aussi.");
            assertAccessibleAtBothWidths(page);

            page.locator("#body").press("Control+End");
            page.locator("#body").pressSequentially("\n\nBruno : le GEIQ forme aussi.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer ma version")).click();
            assertThat(page.locator("#saved")).isVisible();
            assertThat(page.locator("#contribution-body")).containsText("Alice : trois sites.");
            assertThat(page.locator("#contribution-body")).containsText("Bruno : le GEIQ forme aussi.");
            assertAccessibleAtBothWidths(page);
        } finally {
            brunoContext.close();
        }
        assertThat(savedBody()).contains("Alice : trois sites.").contains("Bruno : le GEIQ forme aussi.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versions")).click();
        assertThat(page.locator("#version-list tbody tr").count()).as("every save is a version").isGreaterThanOrEqualTo(5);
        assertAccessibleAtBothWidths(page);
        assertThat(dialogs).as("no script ran").isEmpty();
    }
}
