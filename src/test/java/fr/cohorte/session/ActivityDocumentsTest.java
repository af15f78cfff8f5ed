package fr.cohorte.session;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.web.DocumentSummary;
import fr.cohorte.web.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files attached to activities: recognised by their content, read by the session's people only. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class ActivityDocumentsTest {

    static final String PASSWORD = "Le mot de passe des documents";
    static final byte[] PDF = TestPdfs.onePage();

    @LocalServerPort
    int port;

    @Autowired
    ActivityDocuments documents;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void participantsOfTheSessionDownloadAnAttachedPdfAndOthersAreToldItDoesNotExist() {
        DocumentSummary attached = documents.attach(sundayGroupWork(), "programme-dimanche.pdf", PDF);
        accounts.create("auditrice.documents@example.org", RoleGrant.scoped(Role.PARTICIPANT, 34), PASSWORD);
        accounts.create("jure.documents@example.org", RoleGrant.scoped(Role.JURY, 34), PASSWORD);

        BrowserlessSession participant = new BrowserlessSession(port);
        participant.logIn("auditrice.documents@example.org", PASSWORD);
        HttpResponse<byte[]> download = participant.download("/documents/activities/" + attached.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains("programme-dimanche.pdf"));
        assertThat(download.body()).isEqualTo(PDF);

        BrowserlessSession juror = new BrowserlessSession(port);
        juror.logIn("jure.documents@example.org", PASSWORD);
        assertThat(juror.download("/documents/activities/" + attached.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void anActivityDocumentIsHeldToTheConfiguredLimitLikeAPartnershipsNotToAFixedFiveMegabytes() {
        byte[] sixMegabytes = TestPdfs.ofAtLeast(6 * 1024 * 1024);
        accounts.create("limite.documents@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("limite.documents@example.org", PASSWORD);
        long activity = sundayGroupWork();
        long seminar = jdbc.queryForObject("select seminar_id from activity where id = ?", Long.class, activity);

        DocumentSummary attached = documents.attach(activity, "dossier-complet.pdf", sixMegabytes);

        assertThat(attached.sizeBytes()).isEqualTo(sixMegabytes.length);
        assertThat(staff.get("/staff/sessions/34/seminars/" + seminar + "/activities/" + activity + "/edit")
                .select("label[for=file] .fr-hint-text").text()).contains("10 Mo au plus");
        documents.remove(activity, attached.id());
    }

    @Test
    void aWebPageNamedLikeAPdfIsRefusedAndNothingIsStored() {
        int before = jdbc.queryForObject("select count(*) from activity_document", Integer.class);

        assertThatThrownBy(() -> documents.attach(sundayGroupWork(), "diapositives.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.refusal().code()).isEqualTo("document.kind"));
        assertThat(jdbc.queryForObject("select count(*) from activity_document", Integer.class)).isEqualTo(before);
    }

    private long sundayGroupWork() {
        return jdbc.queryForObject("""
                select a.id from activity a join seminar s on s.id = a.seminar_id join session se on se.id = s.session_id
                where se.number = 34 and a.title = 'Travail en groupes : premiers enseignements du voyage'""", Long.class);
    }
}
