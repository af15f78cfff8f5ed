package fr.cohorte.recruitment;

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

/** A juror scores two applications and declares a conflict on a third in a real browser; staff then read the jury's score. */
@CohorteTest
class JuryBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Le mot de passe du navigateur";

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    Jury jury;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Session session;

    @BeforeEach
    void threeApplicationsAndTheUsualCriteria() {
        session = new Calls(programme, applications).open();
        Applicants applicants = new Applicants(applications, jdbc);
        applicants.apply(session, "Claire", "Martin", "Région Occitanie");
        applicants.apply(session, "Bruno", "Arnaud", "CFDT");
        applicants.apply(session, "Inès", "Durand", "Préfecture du Rhône");
        jury.addDefaultCriteria(session);
    }

    @Test
    void aJurorScoresTwoApplicationsDeclaresAConflictOnAThirdAndStaffSeeTheScore() {
        page.setViewportSize(1280, 900);
        String juror = accounts.create("jure.navigateur@jury.test", RoleGrant.scoped(Role.JURY, session.getNumber()), PASSWORD);
        logIn(juror);
        page.locator(".jury-link").click();
        assertThat(page.locator("h1")).hasText("Candidatures à noter, " + session.getNumber() + "e session");
        assertThat(page.locator("#jury-applications tbody tr")).hasCount(3);
        assertAccessible();

        open("Martin Claire");
        assertAccessible();
        score("12,5", "14", "15");
        assertThat(page.locator("#saved")).hasText("Vos notes sont enregistrées.");
        assertAccessible();

        backToTheList();
        open("Arnaud Bruno");
        score("25", "10", "");
        assertThat(page.locator("#error-summary")).containsText("Parcours : Saisissez une note de 0 à 20, par exemple 12,5.");
        assertThat(page.locator("#error-summary")).containsText("Apport au groupe : Donnez une note, ou déclarez un conflit d’intérêts.");
        assertThat(page.getByLabel("Motivation")).hasValue("10");
        assertAccessible();
        score("9", "10", "11");
        assertThat(page.locator("#saved")).hasText("Vos notes sont enregistrées.");

        backToTheList();
        open("Durand Inès");
        page.locator("#comment").fill("Inès Durand travaille dans mon service.");
        page.locator("#conflict").check(new com.microsoft.playwright.Locator.CheckOptions().setForce(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mes notes")).click();
        assertThat(page.locator("#saved")).hasText("Votre conflit d’intérêts est enregistré : vous ne notez pas cette candidature.");
        assertThat(page.locator("#conflict-notice")).isVisible();
        assertAccessible();

        backToTheList();
        assertThat(page.locator("#jury-applications tbody tr td:last-child"))
                .containsText(new String[] {"Notée", "Conflit d’intérêts", "Notée"});

        logOut();
        String staff = accounts.create("jury.personnel@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        logIn(staff);
        page.navigate(url("/staff/sessions/" + session.getNumber() + "/applications?sort=score&descending=true"));
        assertThat(page.locator("#applications tbody td.jury-score"))
                .containsText(new String[] {"13,83 (13,83–13,83, 1 juré)", "10 (10–10, 1 juré)", "–"});
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Durand Inès")).click();
        assertThat(page.locator("#jury-reviews")).containsText("Conflit d’intérêts déclaré");
        assertThat(page.locator("#jury-score")).hasText("Aucun juré n’a encore noté cette candidature.");
        assertAccessible();

        page.navigate(url("/staff/sessions/" + session.getNumber() + "/jury"));
        assertThat(page.locator("#jurors")).containsText("Test jure.navigateur : 3 candidatures notées");
        assertAccessible();
    }

    private void open(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
    }

    private void backToTheList() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Candidatures à noter, " + session.getNumber() + "e session")).click();
    }

    private void score(String background, String motivation, String contribution) {
        page.getByLabel("Parcours").fill(background);
        page.getByLabel("Motivation").fill(motivation);
        page.getByLabel("Apport au groupe").fill(contribution);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mes notes")).click();
    }

    private void logIn(String email) {
        page.navigate(url("/login"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(PASSWORD);
        page.locator("#password").press("Enter");
        page.waitForURL(url("/me"));
    }

    private void logOut() {
        page.locator(".fr-header__tools").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Se déconnecter")).click();
    }
}
