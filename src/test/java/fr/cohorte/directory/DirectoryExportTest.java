package fr.cohorte.directory;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff take the directory back to their spreadsheets, filtered as on screen. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class DirectoryExportTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void personsExportAsCsvForFrenchExcelAndAsXlsxWithTheSameFilter() throws Exception {
        BrowserlessSession staff = staff("export.csv@cohorte.test");
        Long journalists = jdbc.queryForObject("select id from background where code = 'press'", Long.class);

        HttpResponse<byte[]> csv = staff.download("/directory/persons/export?format=csv&background=" + journalists);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains(".csv"));
        assertThat(text).startsWith("\uFEFFcivilite;prenom;nom;email");
        assertThat(text.lines().count()).as("header and the two journalists").isEqualTo(3);

        HttpResponse<byte[]> xlsx = staff.download("/directory/persons/export?format=xlsx&background=" + journalists);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("prenom");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'EXPORTED'", String.class))
                .contains("2 persons as csv", "2 persons as xlsx");
    }

    @Test
    void organisationsExportWithTheirKindInWords() {
        BrowserlessSession staff = staff("export.org@cohorte.test");

        String text = new String(staff.download("/directory/organisations/export?format=csv").body(), StandardCharsets.UTF_8);

        assertThat(text).contains("Centre d'études et de recherches sur les qualifications;Céreq;Organisme de recherche");
    }

    @Test
    void anExportInAFormatNotOfferedIsRefusedWithA400InTheReadersLanguageAndRecordsNoExport() {
        BrowserlessSession staff = staff("export.pdf@cohorte.test");

        staff.get("/directory/persons/export?format=pdf");
        assertThat(staff.status()).isEqualTo(400);
        assertThat(staff.page().text()).contains("Le format d’export « pdf » n’est pas proposé. Formats proposés : csv, xlsx.");

        staff.get("/directory/organisations/export?format=pdf&lang=en");
        assertThat(staff.status()).isEqualTo(400);
        assertThat(staff.page().text()).contains("The export format “pdf” is not offered. Formats offered: csv, xlsx.");

        assertThat(jdbc.queryForList("select detail from audit_event where action = 'EXPORTED'", String.class))
                .noneMatch(detail -> detail.contains("pdf"));
    }

    @Test
    void postingSomethingThatIsNotAFileToTheImportSaysSo() {
        BrowserlessSession staff = staff("import.vide@cohorte.test");
        staff.get("/directory/persons/import");

        staff.submit("/directory/persons/import", Map.of());

        assertThat(staff.status()).isEqualTo(400);
        assertThat(staff.page().select(".fr-alert--error").text()).contains("Le fichier est vide");
    }

    private BrowserlessSession staff(String email) {
        accounts.create(email, RoleGrant.global(Role.STAFF), "Le mot de passe de l’export");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, "Le mot de passe de l’export");
        return staff;
    }
}
