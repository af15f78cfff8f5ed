package fr.cohorte.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's whole path in one browser: an applicant applies on the public form, staff import 200 more from a
 * workbook, two jurors score seven of them, staff require a trade unionist among four seats, run the selection,
 * read why a better-scored candidate waits, confirm, and replace the trade unionist who withdraws by the next
 * one, the only replacement that keeps the quota. Every page passes axe-core.
 */
@CohorteTest
class RecruitmentJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Le mot de passe du parcours";
    static final int SEATS = 4;

    /** The imported applicants the jury scores: horizon code, gender, the mark both jurors give on every criterion. */
    static final String[][] SCORED = {
            {Pools.UNION, "Homme", "10"},
            {Pools.UNION, "Femme", "9"},
            {Pools.UNION, "Homme", "8"},
            {Pools.COMPANY, "Femme", "16"},
            {Pools.COMPANY, "Homme", "15"},
            {Pools.STATE, "Femme", "14"},
    };

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Session session;
    String staff;

    @BeforeEach
    void anOpenCallAndItsPeople() {
        session = new Calls(programme, applications).open();
        new Pools(applications, jdbc);
        ApplicationFormTest.localGovernment(jdbc);
        staff = accounts.create("parcours.personnel." + session.getNumber() + "@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
    }

    @Test
    void fromTheApplicationFormToAReplacementThatKeepsTheQuotas() throws IOException {
        page.setViewportSize(1280, 900);
        String staffBase = "/staff/sessions/" + session.getNumber();

        page.navigate(url("/sessions/" + session.getNumber() + "/apply"));
        page.getByLabel("Prénom").fill("Claire");
        page.getByLabel("Nom", new Page.GetByLabelOptions().setExact(true)).fill("Parcours");
        page.locator("#email").fill("claire.parcours@example.org");
        page.locator("#organisation").fill("Région Occitanie");
        page.locator("#positionTitle").fill("Directrice de l’emploi");
        page.locator("#backgroundId").selectOption(new SelectOption().setLabel("Collectivités territoriales"));
        page.locator("#sector").fill("Emploi et formation");
        page.locator("#region").selectOption(new SelectOption().setLabel("Occitanie"));
        page.locator("#gender").selectOption(new SelectOption().setLabel("Femme"));
        page.locator("#motivation").fill("Faire coopérer les acteurs de l’emploi.");
        page.locator("#cv").setInputFiles(new FilePayload("cv.pdf", "application/pdf", ApplicationFormTest.PDF));
        page.locator("input[name=consent][type=checkbox]").check(new Locator.CheckOptions().setForce(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma candidature")).click();
        assertThat(page.locator("h1")).hasText("Votre candidature est enregistrée");
        assertAccessible();

        logIn(staff);
        page.navigate(url(staffBase + "/applications"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importer des candidatures")).click();
        page.locator("#file").setInputFiles(new FilePayload("candidatures.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbookOfTwoHundred()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le fichier")).click();
        assertThat(page.locator("#import-ready")).hasText("200 lignes prêtes à importer.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer 200 candidatures")).click();
        assertThat(page.locator("#count")).hasText("201 candidatures");
        assertAccessible();

        page.navigate(url(staffBase + "/jury"));
        page.locator("#default-criteria").click();
        assertAccessible();
        logOut();

        for (String juror : new String[] {"premier", "second"}) {
            logIn(accounts.create("jure." + juror + "." + session.getNumber() + "@jury.test",
                    RoleGrant.scoped(Role.JURY, session.getNumber()), PASSWORD));
            score("claire.parcours@example.org", "17");
            for (int n = 1; n <= SCORED.length; n++) {
                score("candidat" + n + ".parcours@example.org", SCORED[n - 1][2]);
            }
            assertAccessible();
            logOut();
        }

        logIn(staff);
        page.navigate(url(staffBase + "/applications?sort=score&descending=true"));
        assertThat(page.locator("#applications tbody td.jury-score").first()).hasText("17 (17–17, 2 jurés)");
        page.locator("#selection-link").click();
        assertThat(page.locator("#pool")).containsText("7 candidatures notées");
        page.locator("#edit-settings").click();
        page.getByLabel("Nombre de places").fill(String.valueOf(SEATS));
        page.locator("fieldset", new Page.LocatorOptions().setHasText("Organisations syndicales")).getByLabel("Minimum").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#notice")).hasText("Les réglages sont enregistrés.");

        page.locator("#run").click();
        assertThat(page.locator("#status")).containsText("Optimum prouvé");
        assertThat(page.locator("#selected tbody tr")).hasCount(SEATS);
        assertThat(page.locator("#selected")).containsText("Importé1");
        Locator betterScoredButWaiting = page.locator("#waitlist tbody tr").first();
        assertThat(betterScoredButWaiting).containsText("Importé6");
        assertThat(betterScoredButWaiting.locator(".explanation"))
                .containsText("pour tenir le minimum de 1 pour horizon « Organisations syndicales »");
        assertAccessible();

        page.locator("#confirm").click();
        page.locator("#confirmation-modal-submit").click();
        assertThat(page.locator("#notice")).containsText("La promotion est confirmée");
        assertThat(page.locator("#cohort tbody tr")).hasCount(SEATS);
        page.locator("#cohort tbody tr", new Page.LocatorOptions().setHasText("Importé1")).locator("a.withdraw").click();
        page.locator("#confirmation-modal-submit").click();
        assertThat(page.locator(".vacancy .proposal")).containsText("Importé2");
        assertThat(page.locator(".vacancy .proposal")).containsText("garde tous les quotas");
        assertAccessible();
        page.locator(".vacancy button.accept").click();

        assertThat(page.locator("#notice")).containsText("Le remplacement est fait");
        assertThat(page.locator("#cohort")).containsText("Importé2");
        assertThat(jdbc.queryForList("select a.family_name from application a join background b on b.id = a.background_id "
                + "where a.session_id = ? and a.status = 'SELECTED' order by a.family_name", String.class, session.getId()))
                .containsExactly("Importé2", "Importé4", "Importé5", "Parcours");
        assertThat(jdbc.queryForObject("select count(*) from participant where session_id = ?", Integer.class, session.getId()))
                .isEqualTo(SEATS);
        assertAccessible();
    }

    /** Both jurors give the same mark on every criterion, so the combined score is that mark. */
    private void score(String email, String mark) {
        Long id = jdbc.queryForObject("select id from application where session_id = ? and email = ?", Long.class,
                session.getId(), email);
        page.navigate(url("/jury/sessions/" + session.getNumber() + "/applications/" + id));
        page.getByLabel("Parcours").fill(mark);
        page.getByLabel("Motivation").fill(mark);
        page.getByLabel("Apport au groupe").fill(mark);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mes notes")).click();
        assertThat(page.locator("#saved")).hasText("Vos notes sont enregistrées.");
    }

    /** Six applicants the jury will score (distinct organisations), then 194 nobody scores. */
    private static byte[] workbookOfTwoHundred() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Candidatures");
            Row header = sheet.createRow(0);
            for (int i = 0; i < ApplicationImport.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(ApplicationImport.COLUMNS.get(i));
            }
            for (int n = 1; n <= 200; n++) {
                boolean scored = n <= SCORED.length;
                String gender = scored ? SCORED[n - 1][1] : (n % 2 == 0 ? "Femme" : "Homme");
                String[] values = {gender.equals("Femme") ? "Mme" : "M.", "Prénom" + n, "Importé" + n,
                        "candidat" + n + ".parcours@example.org", "", "Organisation " + n, "Fonction " + n,
                        scored ? SCORED[n - 1][0] : "Collectivités territoriales", "Secteur", "Bretagne", gender, "Motivation " + n, "non"};
                Row row = sheet.createRow(n);
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
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
                new Locator.GetByRoleOptions().setName("Se déconnecter")).click();
    }
}
