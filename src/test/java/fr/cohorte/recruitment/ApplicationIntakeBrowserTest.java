package fr.cohorte.recruitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.cohorte.BrowserTestSupport;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.directory.Civility;
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

/** Applications coming in and going out in a real browser: staff import a workbook, an applicant withdraws. */
@CohorteTest
class ApplicationIntakeBrowserTest extends BrowserTestSupport {

    private static final List<String> REGIONS = List.of("Occitanie", "Île-de-France", "Bretagne", "Grand Est", "À l’étranger");

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    Session session;
    Application first;

    @BeforeEach
    void oneApplicationAlready() {
        session = new Calls(programme, applications).open();
        first = applications.submit(session, new ApplicantDetails(Civility.MS, "Claire", "Martin", "claire.intake@example.org", null,
                "Région Occitanie", "Directrice", ApplicationFormTest.localGovernment(jdbc), "Emploi", Region.OCCITANIE,
                Gender.FEMALE, "Motivation.", false), "cv.pdf", ApplicationFormTest.PDF, Locale.FRENCH);
    }

    @Test
    void staffImportAWorkbookOfTwoHundredApplicationsAndTheListShowsThem() throws IOException {
        accounts.create("intake.navigateur@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe de l’import");
        page.navigate(url("/login"));
        page.getByLabel("Adresse électronique").fill("intake.navigateur@cohorte.test");
        page.getByLabel("Mot de passe").fill("Le mot de passe de l’import");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).last().click();
        assertThat(page.locator("h1")).hasText("Mon compte");

        page.navigate(url("/staff/sessions/" + session.getNumber() + "/applications"));
        assertThat(page.locator("#count")).hasText("1 candidature");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importer des candidatures")).click();
        assertThat(page.locator("h1")).hasText("Importer des candidatures à la " + session.getNumber() + "e session");
        assertAccessible();

        page.locator("#file").setInputFiles(new FilePayload("candidatures.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbookOfTwoHundred()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier le fichier")).click();
        assertThat(page.locator("#import-ready")).hasText("200 lignes prêtes à importer.");
        assertThat(page.locator("#import-preview tbody tr")).hasCount(200);
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer 200 candidatures")).click();
        assertThat(page.locator("#imported")).hasText("200 candidatures importées.");
        assertThat(page.locator("#count")).hasText("201 candidatures");
        page.locator("#region").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Bretagne"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        assertThat(page.locator("#count")).hasText("40 candidatures");
        assertAccessible();
    }

    @Test
    void anApplicantWithdrawsThroughTheLinkOfTheAcknowledgement() {
        String acknowledgement = jdbc.queryForObject("select body from mail_outbox where recipient = ? and subject like 'Votre candidature%'",
                String.class, first.getEmail());
        Matcher link = Pattern.compile("/applications/withdraw/[A-Za-z0-9_-]+").matcher(acknowledgement);
        org.assertj.core.api.Assertions.assertThat(link.find()).as("a withdrawal link in the acknowledgement").isTrue();
        page.navigate(url(link.group()));
        assertThat(page.locator("h1")).hasText("Retirer ma candidature");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer ma candidature")).click();
        assertThat(page.locator("#withdrawal-done")).containsText("Votre candidature est retirée");
        assertAccessible();

        page.navigate(url("/applications/withdraw/un-lien-perdu"));
        assertThat(page.locator("h1")).hasText("Ce lien ne mène à aucune candidature");
        assertAccessible();
    }

    /** Two hundred faultless lines, as staff keep them: horizons by label, regions by name, some genders left empty. */
    private static byte[] workbookOfTwoHundred() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Candidatures");
            List<String> headers = ApplicationImport.COLUMNS;
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int n = 1; n <= 200; n++) {
                Row row = sheet.createRow(n);
                String[] values = {n % 2 == 0 ? "Mme" : "M.", "Prénom" + n, "Importé" + n, "candidat" + n + "@example.org",
                        "01 23 45 67 " + String.format("%02d", n % 100), "Organisation " + (n % 37), "Fonction " + n,
                        "Collectivités territoriales", "Secteur " + (n % 7), REGIONS.get(n % REGIONS.size()),
                        n % 3 == 0 ? "" : (n % 2 == 0 ? "Femme" : "Homme"), "Motivation " + n, n % 10 == 0 ? "oui" : "non"};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
