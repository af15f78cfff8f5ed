package fr.cohorte.recruitment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.directory.Civility;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff bring the applications of a spreadsheet into a session: nothing is stored until a faultless file is confirmed. */
@CohorteTest
class ApplicationImportTest {

    private static final String HEADER = "prénom;nom;email;organisation;fonction;horizon;secteur;région;genre;conserver\n";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    Session session;
    String importPage;
    BrowserlessSession staff;

    @BeforeEach
    void staffOnTheImportPage() {
        ApplicationFormTest.localGovernment(jdbc);
        session = new Calls(programme, applications).open();
        importPage = "/staff/sessions/" + session.getNumber() + "/applications/import";
        String email = "import." + session.getNumber() + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), "Le mot de passe des imports");
        staff = new BrowserlessSession(port);
        staff.logIn(email, "Le mot de passe des imports");
        staff.get(importPage);
    }

    @Test
    void everyBadLineAndFieldIsNamedAndNothingIsStored() {
        applications.submit(session, new ApplicantDetails(Civility.MS, "Déjà", "Candidate", "deja@example.org", null,
                "CFDT", "Secrétaire", ApplicationFormTest.localGovernment(jdbc), null, null, null, "Motivation.", false),
                "cv.pdf", ApplicationFormTest.PDF, Locale.FRENCH);

        Document preview = upload(HEADER
                + "Alix;Tableur;alix@example.org;Région Occitanie;Directrice;local-government;Emploi;Occitanie;Femme;oui\n"
                + ";Sans-Prénom;sans@example.org;CFDT;Secrétaire;local-government;;;;\n"
                + "Basile;Tableur;pas-une-adresse;CFDT;Secrétaire;local-government;;;;\n"
                + "Carla;Tableur;carla@example.org;CFDT;Secrétaire;Astronautes;;;;\n"
                + "Denis;Tableur;denis@example.org;CFDT;Secrétaire;Collectivités territoriales;;Atlantide;;\n"
                + "Eve;Tableur;ALIX@example.org;CFDT;Secrétaire;local-government;;;;\n"
                + "Fred;Tableur;deja@example.org;CFDT;Secrétaire;local-government;;;;\n"
                + "Gaby;Tableur;gaby@example.org;CFDT;Secrétaire;local-government;;;peut-être;\n");

        assertThat(preview.select("#import-problems li").eachText()).containsExactly(
                "Ligne 3, colonne « prenom » : valeur obligatoire manquante.",
                "Ligne 4, colonne « email » : « pas-une-adresse » n’est pas une adresse électronique valide.",
                "Ligne 5, colonne « horizon » : « Astronautes » n’est pas un horizon connu.",
                "Ligne 6, colonne « region » : « Atlantide » n’est pas une région connue (par exemple Occitanie, Île-de-France, À l’étranger).",
                "Ligne 7, colonne « email » : cette adresse figure déjà à la ligne 2.",
                "Ligne 8, colonne « email » : une candidature avec l’adresse deja@example.org existe déjà pour cette session.",
                "Ligne 9, colonne « genre » : « peut-être » n’est pas un genre reconnu (Femme, Homme, Autre, ou vide).");
        assertThat(preview.select("form[action=" + importPage + "/confirm]")).as("no confirmation offered").isEmpty();
        assertThat(importedCount()).isZero();
    }

    @Test
    void aFaultlessFileIsPreviewedThenStoredWholeWithTheConsentOfTheStaffMember() {
        Document preview = upload(HEADER
                + "Alix;Tableur;alix@example.org;Région Occitanie;Directrice;local-government;Emploi;Occitanie;Femme;oui\n"
                + "Basile;Tableur;basile@example.org;CFDT;Secrétaire;Local government;;ile-de-france;H;\n");
        assertThat(preview.select("#import-ready").text()).isEqualTo("2 lignes prêtes à importer.");
        assertThat(preview.select("#import-preview tbody th").eachText()).containsExactly("Tableur Alix", "Tableur Basile");
        assertThat(importedCount()).as("nothing stored at the preview").isZero();

        Document list = staff.submit(importPage + "/confirm", java.util.Map.of());
        assertThat(list.select("#imported").text()).isEqualTo("2 candidatures importées.");
        assertThat(list.select("#applications tbody th").eachText()).containsExactly("Tableur Alix", "Tableur Basile");
        assertThat(jdbc.queryForObject("select count(*) from application where session_id = ? and source = 'STAFF_IMPORT' "
                + "and imported_by = ? and consented_at is not null and status = 'SUBMITTED'", Integer.class,
                session.getId(), "import." + session.getNumber() + "@cohorte.test")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select region || '/' || gender || '/' || keep_for_later from application where email = 'alix@example.org' "
                + "and session_id = ?", String.class, session.getId())).isEqualTo("OCCITANIE/FEMALE/true");
        assertThat(jdbc.queryForList("select array_to_string(detail_args, '|') from audit_event where action = 'IMPORTED'"
                + " and detail_code = 'audit.detail.applications.imported'", String.class))
                .contains("2|" + session.getNumber() + "|import." + session.getNumber() + "@cohorte.test");

        String detail = list.select("#applications tbody th a:contains(Tableur Alix)").attr("href");
        Document alix = staff.get(detail);
        assertThat(alix.select("#consent").text()).startsWith("importée par import." + session.getNumber() + "@cohorte.test le ");
        assertThat(alix.select("#region").text()).isEqualTo("Occitanie");
        assertThat(alix.select("#sector").text()).isEqualTo("Emploi");
    }

    @Test
    void theSameFileTwiceIsRefusedAsAlreadyApplied() {
        String file = HEADER + "Alix;Tableur;alix@example.org;Région Occitanie;Directrice;local-government;;;;\n";
        upload(file);
        staff.submit(importPage + "/confirm", java.util.Map.of());

        staff.get(importPage);
        Document again = upload(file);
        assertThat(again.select("#import-problems li").eachText()).containsExactly(
                "Ligne 2, colonne « email » : une candidature avec l’adresse alix@example.org existe déjà pour cette session.");
        assertThat(importedCount()).isEqualTo(1);
    }

    @Test
    void templatesListTheExpectedColumnsInCsvAndExcel() throws Exception {
        String csv = new String(staff.download(importPage + "/template?format=csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcivilite;prenom;nom;email;telephone;organisation;fonction;horizon;secteur;region;genre;motivation;conserver\r\n");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(staff.download(importPage + "/template?format=xlsx").body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(9).getStringCellValue()).isEqualTo("region");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(9).getStringCellValue()).as("the example line").isEqualTo("Bretagne");
        }
    }

    @Test
    void theTemplatesExampleLineShowsTheFormatAndIsSkippedWithANoteWhileTheLinesAddedBelowItImport() {
        String template = new String(staff.download(importPage + "/template?format=csv").body(), StandardCharsets.UTF_8);
        assertThat(template.lines().toList()).as("header and example line").hasSize(2);
        assertThat(template.lines().toList().get(1)).contains("Camille;Exemple;camille.exemple@exemple.fr").contains("# Exemple");

        Document preview = upload(template + ";Denise;Modèle;denise@example.org;;Région Bretagne;Directrice;local-government;;;;;\r\n");

        assertThat(preview.select("#import-examples").text()).isEqualTo("Ligne 2 : ligne d’exemple du modèle, ignorée à l’import.");
        assertThat(preview.select("#import-problems")).isEmpty();
        assertThat(preview.select("#import-ready").text()).isEqualTo("1 ligne prête à importer.");
        assertThat(preview.select("#import-preview tbody th").eachText()).containsExactly("Modèle Denise");
    }

    private Document upload(String csv) {
        return staff.submitFile(importPage, "file", "candidatures.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private int importedCount() {
        return jdbc.queryForObject("select count(*) from application where session_id = ? and source = 'STAFF_IMPORT'",
                Integer.class, session.getId());
    }
}
