package fr.cohorte.grouping;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
 * live, two people locked and kept there by the next solve, the first round held in a group-work
 * activity with a room per group, the plan accepted and published, the encounter matrix drawn, and
 * a participant finding their group and room next to that activity in their own programme.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class WorkingGroupsBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "Des groupes qui se mélangent";
    private static final String PARTICIPANT = "sandrine.specimen@example.org";
    private static final String PARTICIPANT_PASSWORD = "Mon groupe et ma salle";
    private static final String GROUP_WORK = "Constitution des groupes de travail et choix des problématiques";

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
        assertThat(page.locator("form[action$='/groups/accept']")).hasCount(0); // nothing proposed yet, nothing to accept
        assertThat(page.locator("a#publish")).hasCount(0); // nothing accepted yet, nothing to publish
        assertAccessible();

        page.locator("#rounds").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tour 1").setExact(true)).click();
        page.getByLabel("Activité", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(GROUP_WORK));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Le tour est enregistré");
        assertThat(page.locator(".cohorte-facts")).containsText(GROUP_WORK);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour aux groupes de travail")).click();
        assertThat(page.locator("#rounds tbody tr").first()).containsText(GROUP_WORK);

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
        for (int group = 1; group <= 6; group++) {
            page.getByLabel("Salle du groupe " + group, new Page.GetByLabelOptions().setExact(true)).fill("B1" + group);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les salles")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Les salles sont enregistrées");
        assertThat(page.locator("#groupe-3 h3")).hasText("Groupe 3 — salle B13");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retour aux groupes de travail")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter le plan proposé")).click();
        assertThat(page.locator(".fr-alert--success")).containsText("Plan accepté pour 10 tours");
        assertThat(page.locator("form[action$='/groups/accept']")).hasCount(0); // the proposal is accepted: nothing left to accept
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publier les groupes acceptés")).click();
        assertThat(page.locator("#confirmation-modal #consequences li").first()).hasText(java.util.regex.Pattern.compile("^10 tours publiés, \\d+ groupes, pour \\d+ participants\\.$"));
        page.locator("#confirmation-modal-submit").click();
        assertThat(page.locator(".fr-alert--success")).containsText("Groupes publiés pour 10 tours");
        assertThat(page.locator("a#publish")).hasCount(0); // every accepted round is published: nothing left to publish
        assertThat(page.locator("#tour-10")).containsText("Historique");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Matrice des rencontres")).click();
        assertThat(page.locator("svg[role=img] title")).hasText("Matrice des rencontres");
        assertThat(page.locator("#encounters tbody tr").first()).isVisible();
        assertAccessible();

        Integer group = jdbc.queryForObject("""
                select m.group_number from work_round_member m
                join work_round r on r.id = m.round_id
                join participant p on p.id = m.participant_id
                join person on person.id = p.person_id
                where r.position = 1 and r.published and person.email = ?""", Integer.class, PARTICIPANT);
        logInAsANewVisitor(PARTICIPANT, PARTICIPANT_PASSWORD);
        page.navigate(url("/me/programme"));
        assertThat(page.locator("h1")).hasText("Mon programme");
        Locator groupWork = page.locator(".cohorte-slot").filter(new Locator.FilterOptions().setHasText(GROUP_WORK));
        assertThat(groupWork.locator(".cohorte-slot__note")).hasText("Tour 1 : groupe " + group + " — salle B1" + group);
        assertAccessible();
    }

    /** Leaves the staff member's browser for a fresh one, where a participant of the demo cohort logs in. */
    private void logInAsANewVisitor(String email, String password) {
        accounts.create(email, RoleGrant.scoped(Role.PARTICIPANT, 34), password);
        BrowserContext staff = context;
        context = staff.browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        staff.close();
        page = context.newPage();
        page.navigate(url("/login"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("#password").press("Enter");
        page.waitForURL(url("/me"));
    }

    /** Starts a solve, sees the live figures change through server-sent events, then opens the proposed plan. */
    private void solveAndWaitForTheLiveFigures() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Former les groupes")).click();
        Locator state = page.locator("#solve-state");
        assertThat(state).containsText("Calcul");
        // The live solve opens where staff look, not below the forms, with no "no groups formed" beside it.
        assertThat(state).isInViewport();
        assertThat(page.getByText("Aucun groupe formé pour l’instant.")).hasCount(0);
        String before = state.textContent();
        if (!before.contains("terminé")) {
            // A solve that ended before the page was read has nothing left to show changing.
            assertThat(state).not().hasText(before);
        }
        Locator show = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afficher le plan proposé"));
        assertThat(show).isVisible();
        // No stop button once the solve has ended.
        assertThat(page.locator("#solve-stop")).hasCount(0);
        show.click();
        assertThat(page.locator("#solve-state")).containsText("Calcul terminé");
        assertThat(page.locator("#solve-stop")).hasCount(0);
        assertThat(page.getByText("Aucun groupe formé pour l’instant.")).hasCount(0);
    }
}
