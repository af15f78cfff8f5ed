package fr.cohorte.recruitment;

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
 * A session must keep two members of parliament, and selects Anne, Paul, Pauline and Fabien: Paul (a
 * member of parliament) and Anne withdraw, nobody on the waiting list (Bruno, Chloé, David) sits in parliament, and staff find their way out of the dead end in a real
 * browser: the page names the quota and by how much, one seat is left empty with a reason, the other
 * is filled knowingly leaving the quota short.
 */
@CohorteTest
class ReplacementDeadEndBrowserTest extends BrowserTestSupport {

    static final String EMAIL = "remplacement.navigateur@cohorte.test";
    static final String PASSWORD = "Mot de passe de l’impasse";

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Session session;

    @BeforeEach
    void sevenScoredApplications() {
        session = new Calls(programme, applications).open();
        Pools pools = new Pools(applications, jdbc);
        jdbc.update("insert into background (code, label_fr, label_en, position) values (?, ?, ?, ?) on conflict (code) do nothing",
                ReplacementProposalsTest.PARLIAMENT, "Parlementaires", "Members of parliament", 40);
        pools.apply(session, "Anne", "Etat", Pools.STATE, Gender.FEMALE, "Ministère du Travail", Region.ILE_DE_FRANCE, "18");
        pools.apply(session, "Paul", "Depute", ReplacementProposalsTest.PARLIAMENT, Gender.MALE, "Assemblée nationale", Region.BRETAGNE, "17");
        pools.apply(session, "Pauline", "Senat", ReplacementProposalsTest.PARLIAMENT, Gender.FEMALE, "Sénat", Region.OCCITANIE, "16");
        pools.apply(session, "Chloé", "Syndicat", Pools.UNION, Gender.FEMALE, "CFDT", Region.GRAND_EST, "12");
        pools.apply(session, "Fabien", "Entreprise", Pools.COMPANY, Gender.MALE, "Renault", Region.NORMANDIE, "15");
        pools.apply(session, "Bruno", "Etat", Pools.STATE, Gender.MALE, "Préfecture du Rhône", Region.AUVERGNE_RHONE_ALPES, "14");
        pools.apply(session, "David", "Syndicat", Pools.UNION, Gender.MALE, "CGT", Region.BRETAGNE, "11");
        accounts.create(EMAIL, RoleGrant.global(Role.STAFF), PASSWORD);
    }

    @Test
    void staffLeaveOneSeatEmptyWithAReasonAndFillTheOtherLeavingTheParliamentQuotaShort() {
        page.setViewportSize(1280, 900);
        logIn();
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        page.navigate(url(base + "/settings"));
        page.getByLabel("Nombre de places").fill("4");
        page.locator("fieldset", new Page.LocatorOptions().setHasText("Parlementaires")).getByLabel("Minimum").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#notice")).hasText("Les réglages sont enregistrés.");
        page.locator("#run").click();
        page.locator("#confirm").click();
        page.locator("#confirmation-modal-submit").click();
        assertThat(page.locator("#notice")).containsText("La promotion est confirmée");

        withdraw("Paul Depute");
        withdraw("Anne Etat");

        Locator paulsSeat = page.locator(".vacancy", new Page.LocatorOptions().setHasText("Paul Depute de la promotion"));
        assertThat(paulsSeat.locator(".shortfall"))
                .hasText("Il manque 1 personne pour l’horizon « Parlementaires » : quota minimum 2, 1 possible.");
        assertThat(paulsSeat.locator("a.relax-setting")).hasText("Assouplir le quota « Parlementaires »");
        assertThat(paulsSeat.locator("button.accept-short"))
                .hasText("Retenir Bruno Etat à la place de Paul Depute en laissant ce quota incomplet");
        assertAccessible();

        paulsSeat.getByLabel("Ou laisser la place vide : raison (obligatoire)").fill("Le siège parlementaire attendra la session suivante.");
        paulsSeat.locator("button.leave-empty").click();
        assertThat(page.locator("#notice")).hasText("La place est laissée vide ; la raison est notée.");
        assertThat(page.locator(".vacancy-empty")).containsText("Le siège parlementaire attendra la session suivante.");
        assertThat(page.locator(".vacancy")).hasCount(1);

        Locator annesSeat = page.locator(".vacancy");
        assertThat(annesSeat.locator("button.accept-short"))
                .hasText("Retenir Bruno Etat à la place d’Anne Etat en laissant ce quota incomplet");
        annesSeat.locator("button.accept-short").click();

        assertThat(page.locator("#notice")).containsText("Le remplacement est fait en laissant un quota incomplet");
        assertThat(page.locator(".vacancy-filled-short li"))
                .hasText("Il manque 1 personne pour l’horizon « Parlementaires » : quota minimum 2, 1 possible.");
        assertThat(page.locator(".vacancy")).hasCount(0);
        assertThat(page.locator("#cohort tbody tr")).hasCount(3);
        assertAccessible();
        assertThat(jdbc.queryForObject("select count(*) from participant where session_id = ?", Integer.class, session.getId()))
                .isEqualTo(3);
    }

    private void withdraw(String name) {
        page.locator("#cohort tbody tr", new Page.LocatorOptions().setHasText(name)).locator("a.withdraw").click();
        page.locator("#confirmation-modal-submit").click();
        assertThat(page.locator("#notice")).containsText("La candidature est retirée");
    }

    private void logIn() {
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill(EMAIL);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");
    }
}
