package fr.cohorte.recruitment;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forty applications, scored by the jury; staff set the quotas, run the selection, read why a
 * waitlisted candidate is out and what forcing them in would cost, confirm, and replace a trade
 * unionist who withdraws by someone who keeps every quota.
 */
@CohorteTest
class SelectionBrowserTest extends BrowserTestSupport {

    static final String EMAIL = "selection.navigateur@cohorte.test";
    static final String PASSWORD = "Mot de passe du navigateur";
    static final int SEATS = 12;
    static final int UNIONISTS = 4;
    /** The first consequence of confirming: every one of the forty applications gets its decision by mail. */
    static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile(
            "^" + SEATS + " retenus, \\d+ en liste d’attente, \\d+ non retenus?, 40 courriels\\.$");

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Session session;

    /** Trade unionists score lower than the others, so that their minimum binds and decides who replaces one of them. */
    @BeforeEach
    void fortyScoredApplications() {
        session = new Calls(programme, applications).open();
        Pools pools = new Pools(applications, jdbc);
        String[] backgrounds = {Pools.STATE, Pools.UNION, Pools.COMPANY};
        Region[] regions = {Region.ILE_DE_FRANCE, Region.OCCITANIE, Region.BRETAGNE, Region.GRAND_EST};
        for (int i = 0; i < 40; i++) {
            String background = backgrounds[i % 3];
            int score = (background.equals(Pools.UNION) ? 6 : 10) + (i * 7) % 11;
            pools.apply(session, "Prénom" + i, "Candidat" + i, background, i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                    "Organisation " + (i % 30), regions[i % 4], score + "." + (i % 10));
        }
        accounts.create(EMAIL, RoleGrant.global(Role.STAFF), PASSWORD);
    }

    @Test
    void staffSetQuotasRunReadAnExplanationConfirmAndReplaceAWithdrawnParticipant() {
        page.setViewportSize(1280, 900);
        logIn();
        String base = "/staff/sessions/" + session.getNumber();
        page.navigate(url(base + "/applications"));
        page.locator("#selection-link").click();
        assertThat(page.locator("#pool")).containsText("40 candidatures notées");
        assertAccessible();

        page.locator("#edit-settings").click();
        page.getByLabel("Nombre de places").fill(String.valueOf(SEATS));
        page.locator("#genderMinPercent").fill("40");
        page.locator("fieldset", new Page.LocatorOptions().setHasText("Organisations syndicales")).getByLabel("Minimum")
                .fill(String.valueOf(UNIONISTS));
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#notice")).hasText("Les réglages sont enregistrés.");

        page.locator("#run").click();
        assertThat(page.locator("#status")).containsText("Optimum prouvé");
        assertThat(page.locator("#selected tbody tr")).hasCount(SEATS);
        assertAccessible();

        Locator waitlisted = page.locator("#waitlist tbody tr").first();
        assertThat(waitlisted.locator(".explanation")).containsText("Non retenue");
        waitlisted.locator("a.cost-link").click();
        assertThat(waitlisted.locator(".forcing-cost")).containsText("La retenir d’office");

        // Without JavaScript the button leads to a page of its own, which says the same and holds the same form.
        String confirmation = page.locator("#confirm").getAttribute("href");
        page.navigate(url(confirmation));
        assertThat(page.locator("h1")).hasText("Confirmer la promotion de la " + session.getNumber() + "e session ?");
        assertThat(page.locator("#consequences li").first()).hasText(FIGURES);
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Annuler")).click();
        assertThat(count("a.status = 'SELECTED'")).as("nothing is decided by looking").isZero();

        page.locator("#confirm").click();
        Locator modal = page.locator("#confirmation-modal");
        assertThat(modal).isVisible();
        assertThat(modal.locator("#consequences li").first()).hasText(FIGURES);
        assertAccessible();
        modal.locator("#confirmation-modal-submit").click();
        assertThat(page.locator("#notice")).containsText("La promotion est confirmée");
        assertThat(page.locator("#cohort tbody tr")).hasCount(SEATS);
        assertThat(page.locator("#waiting li").first()).isVisible();
        assertAccessible();

        Locator withdraw = page.locator("#cohort tbody tr", new Page.LocatorOptions().setHasText("Organisations syndicales")).first()
                .locator("a.withdraw");
        withdraw.click();
        page.locator("#confirmation-modal").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuler")).click();
        assertThat(page.locator("#confirmation-modal")).isHidden();
        // The focus goes back to the button that asked.
        assertThat(withdraw).isFocused();
        assertThat(count("a.status = 'WITHDRAWN'")).as("cancelling withdraws nobody").isZero();
        withdraw.click();
        assertThat(page.locator("#confirmation-modal #consequences li").first())
                .hasText(java.util.regex.Pattern.compile("quitte la promotion, qui passe de " + SEATS + " à " + (SEATS - 1) + " participants"));
        page.locator("#confirmation-modal-submit").click();
        assertThat(page.locator("#notice")).containsText("La candidature est retirée");
        assertThat(page.locator(".vacancy .proposal")).containsText("garde tous les quotas");
        assertAccessible();
        page.locator(".vacancy button.accept").click();

        assertThat(page.locator("#notice")).containsText("Le remplacement est fait");
        assertThat(page.locator("#cohort tbody tr")).hasCount(SEATS);
        assertThat(count("a.status = 'SELECTED'")).isEqualTo(SEATS);
        assertThat(count("a.status = 'SELECTED' and b.code = '" + Pools.UNION + "'")).isGreaterThanOrEqualTo(UNIONISTS);
        int genderMinimum = (int) Math.ceil(SEATS * 0.4);
        assertThat(count("a.status = 'SELECTED' and a.gender = 'FEMALE'")).isGreaterThanOrEqualTo(genderMinimum);
        assertThat(count("a.status = 'SELECTED' and a.gender = 'MALE'")).isGreaterThanOrEqualTo(genderMinimum);
        List<Integer> perOrganisation = jdbc.queryForList("select count(*) from application where session_id = ? and status = 'SELECTED' "
                + "group by organisation", Integer.class, session.getId());
        assertThat(perOrganisation).allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(jdbc.queryForObject("select count(*) from participant where session_id = ?", Integer.class, session.getId()))
                .isEqualTo(SEATS);
    }

    private int count(String condition) {
        return jdbc.queryForObject("select count(*) from application a join background b on b.id = a.background_id "
                + "where a.session_id = ? and " + condition, Integer.class, session.getId());
    }

    private void logIn() {
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(EMAIL);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
    }
}
