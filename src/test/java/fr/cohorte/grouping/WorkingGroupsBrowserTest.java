package fr.cohorte.grouping;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff plan a year of group work for the demo cohort: ten rounds, solved while the figures update
 * live, two people locked and kept there by the next solve, the plan accepted and published, and
 * the encounter matrix drawn.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class WorkingGroupsBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "Des groupes qui se mélangent";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetRounds() {
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
    }

    @Test
    void staffFormTenRoundsLockTwoPeopleAndPublish() {
        accounts.create("groupes@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill("groupes@cohorte.test");
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groupes de travail")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Session n° 34")).click();
        assertThat(page.locator("#no-rounds")).isVisible();
        page.getByLabel("Durée maximale du calcul (secondes)").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les règles")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Les règles sont enregistrées");

        page.getByLabel("Nombre de groupes", new Page.GetByLabelOptions().setExact(true)).fill("6");
        page.getByLabel("Nombre de tours à créer").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer les tours")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Tours créés : 10");
        assertThat(page.locator("#rounds tbody tr")).hasCount(10);
        assertAccessible();

        solveAndWaitForTheLiveFigures();
        page.locator("#rounds").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tour 1").setExact(true)).click();
        assertThat(page.locator("#round-state")).hasText("Plan proposé");
        assertThat(page.locator("#groupe-6 li")).hasCount(5);
        String first = page.locator("#groupe-1 li a").first().textContent();
        String second = page.locator("#groupe-2 li a").first().textContent();
        page.locator("#groupe-1").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verrouiller " + first + " dans le groupe 1")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("restera dans ce groupe");
        page.locator("#groupe-2").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verrouiller " + second + " dans le groupe 2")).click();
        assertThat(page.locator("#groupe-2 .fr-badge")).hasText("Verrouillé");
        assertAccessible();

        page.navigate(url("/staff/sessions/34/groups"));
        solveAndWaitForTheLiveFigures();
        page.locator("#rounds").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tour 1").setExact(true)).click();
        assertThat(page.locator("#groupe-1")).containsText(first);
        assertThat(page.locator("#groupe-2")).containsText(second);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour aux groupes de travail")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter le plan proposé")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Plan accepté pour 10 tours");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier les groupes acceptés")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Groupes publiés pour 10 tours");
        assertThat(page.locator("#tour-10")).containsText("Historique");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Matrice des rencontres")).click();
        assertThat(page.locator("svg[role=img] title")).hasText("Matrice des rencontres");
        assertThat(page.locator("#encounters tbody tr").first()).isVisible();
        assertAccessible();
    }

    /** Starts a solve, sees the live figures change through server-sent events, then opens the proposed plan. */
    private void solveAndWaitForTheLiveFigures() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Former les groupes")).click();
        Locator state = page.locator("#solve-state");
        assertThat(state).containsText("Calcul");
        String before = state.textContent();
        assertThat(state).not().hasText(before);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afficher le plan proposé")).click();
        assertThat(page.locator("#solve-state")).containsText("Calcul terminé");
    }
}
