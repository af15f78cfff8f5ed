package fr.cohorte.recruitment;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

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

/** Staff set the call, read the applications as a list and one by one, and take them to their spreadsheets. */
@CohorteTest
class StaffApplicationsTest {

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
    String list;

    @BeforeEach
    void twoApplications() {
        session = new Calls(programme, applications).open();
        list = "/staff/sessions/" + session.getNumber() + "/applications";
        Long background = ApplicationFormTest.localGovernment(jdbc);
        applications.submit(session, new ApplicantDetails(Civility.MS, "Claire", "Martin", "claire@example.org", null,
                "Région Occitanie", "Directrice", background, "Collectivités", Region.OCCITANIE, Gender.FEMALE,
                "Première ligne.\nDeuxième ligne.", false),
                "cv-claire.pdf", ApplicationFormTest.PDF, Locale.FRENCH);
        applications.submit(session, new ApplicantDetails(Civility.MR, "Bruno", "Arnaud", "bruno@example.org", null,
                "CFDT", "Secrétaire confédéral", background, "Syndicalisme", Region.ILE_DE_FRANCE, Gender.MALE,
                "Motivation.", false),
                "cv-bruno.pdf", ApplicationFormTest.PDF, Locale.FRENCH);
    }

    @Test
    void staffListSearchAndFilterTheSessionsApplications() {
        BrowserlessSession staff = staff("candidatures.liste@cohorte.test");

        Document all = staff.get(list);
        assertThat(all.select("#applications tbody th").eachText()).containsExactly("Arnaud Bruno", "Martin Claire");
        assertThat(all.select("#call-state").text()).contains("30 places").contains("Le formulaire accepte les candidatures");

        assertThat(staff.get(list + "?gender=FEMALE").select("#applications tbody th").eachText()).containsExactly("Martin Claire");
        assertThat(staff.get(list + "?q=cfdt").select("#applications tbody th").eachText()).containsExactly("Arnaud Bruno");
        assertThat(staff.get(list + "?sort=name&descending=true").select("#applications tbody th").eachText())
                .containsExactly("Martin Claire", "Arnaud Bruno");
        assertThat(staff.get(list + "?status=WITHDRAWN").select("#count").text()).isEqualTo("Aucune candidature");
    }

    @Test
    void staffOpenAnApplicationAndDownloadItsCv() {
        BrowserlessSession staff = staff("candidatures.detail@cohorte.test");
        Document all = staff.get(list);
        String href = all.select("#applications tbody th a:contains(Martin Claire)").attr("href");

        Document detail = staff.get(href);
        assertThat(detail.select("h1").text()).isEqualTo("Claire Martin");
        assertThat(detail.select("#motivation").text()).contains("Première ligne.").contains("Deuxième ligne.");
        HttpResponse<byte[]> cv = staff.download(detail.select("#cv-download").attr("href"));
        assertThat(cv.statusCode()).isEqualTo(200);
        assertThat(cv.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(cv.body()).isEqualTo(ApplicationFormTest.PDF);

        BrowserlessSession visitor = new BrowserlessSession(port);
        visitor.get(href + "/cv");
        assertThat(visitor.path()).isEqualTo("/login");
    }

    @Test
    void exportsAsCsvAndXlsxWithTheListsFilterAndAreAudited() throws Exception {
        BrowserlessSession staff = staff("candidatures.export@cohorte.test");

        String csv = new String(staff.download(list + "/export?format=csv&gender=MALE").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcivilite;prenom;nom;email");
        assertThat(csv.lines().count()).as("header and Bruno").isEqualTo(2);
        assertThat(csv).contains("Bruno;Arnaud;bruno@example.org");

        HttpResponse<byte[]> xlsx = staff.download(list + "/export?format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
        assertThat(jdbc.queryForList("select array_to_string(detail_args, '|') from audit_event where action = 'EXPORTED'"
                + " and detail_code = 'audit.detail.applications.exported'", String.class)).contains(
                "1|" + session.getNumber() + "|csv", "2|" + session.getNumber() + "|xlsx");
    }

    @Test
    void staffSetTheCallAndAClosingBeforeTheOpeningIsRefused() {
        BrowserlessSession staff = staff("candidatures.appel@cohorte.test");
        String call = list + "/call";
        staff.get(call);

        Document refused = staff.submit(call, Map.of("opensAt", "2027-03-01T09:00", "closesAt", "2027-02-01T18:00",
                "places", "25", "introduction", "Appel 2027"));
        assertThat(refused.select("#closesAt-messages").text()).isEqualTo("La clôture doit suivre l’ouverture.");
        assertThat(refused.select("#places").val()).isEqualTo("25");

        Document saved = staff.submit(call, Map.of("opensAt", "2027-01-05T09:00", "closesAt", "2027-03-01T18:00",
                "places", "25", "introduction", "Appel 2027"));
        assertThat(saved.select("#call-state").text()).isEqualTo(
                "Appel ouvert du 05/01/2027 09:00 au 01/03/2027 18:00, pour 25 places. Le formulaire n’accepte pas de candidature en ce moment.");
    }

    private BrowserlessSession staff(String email) {
        accounts.create(email, RoleGrant.global(Role.STAFF), "Le mot de passe des candidatures");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, "Le mot de passe des candidatures");
        return staff;
    }
}
