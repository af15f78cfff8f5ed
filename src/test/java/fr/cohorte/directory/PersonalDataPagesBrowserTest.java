package fr.cohorte.directory;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

/** The pages of personal data rights, as staff and a participant use them, pass axe-core; erasing asks first in a modal. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class PersonalDataPagesBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Le mot de passe des droits";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffReachTheErasureAndMergeScreensAndTheyAreAccessible() {
        accounts.create("droits@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        List<Long> cohort = jdbc.queryForList("""
                select p.id from person p join participant pa on pa.person_id = p.id order by p.id limit 2""", Long.class);
        logIn("droits@cohorte.test");

        page.navigate(url("/directory/persons/" + cohort.get(0)));
        page.locator("#erase").click();
        assertThat(page.locator("#confirmation-modal")).isVisible();
        assertThat(page.locator("#confirmation-modal h2")).hasText("Effacer ses données");
        assertThat(page.locator("#confirmation-modal #consequences")).containsText("Participations aux sessions");
        assertAccessible();
        page.locator("#confirmation-modal").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuler")).click();
        assertThat(page.locator("#confirmation-modal")).isHidden();
        assertThat(page.locator("h1")).not().hasText("Effacer ses données");

        page.navigate(url("/directory/persons/" + cohort.get(0) + "/erase"));
        assertThat(page.locator("h1")).hasText("Effacer ses données");
        assertThat(page.locator("#confirmation-submit")).hasText("Effacer définitivement");
        assertAccessible();

        page.navigate(url("/directory/persons/" + cohort.get(0)));
        page.locator("#merge").click();
        assertThat(page.locator("h1")).hasText("Fusionner deux fiches");
        assertAccessible();

        page.navigate(url("/directory/persons/merge?kept=" + cohort.get(0) + "&merged=" + cohort.get(1)));
        assertThat(page.locator("#obstacles")).containsText("34e session");
        assertThat(page.locator("#comparison")).isVisible();
        assertAccessible();
    }

    @Test
    void aParticipantsProfileFormIsAccessible() {
        accounts.create("profil@cohorte.test", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        logIn("profil@cohorte.test");
        page.locator("#profile").click();
        page.getByLabel("Téléphone").fill("pas un numéro");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#phone-messages")).containsText("numéro de téléphone");
        assertAccessible();
    }

    private void logIn(String email) {
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
    }
}
