package fr.cohorte.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each upload route has its own limit, held before the body is read (the anonymous application
 * form's is in ApplicationFormTest): the largest routes still take what they are made for.
 */
@CohorteTest
class UploadLimitsTest {

    static final String PASSWORD = "Le mot de passe de l’équipe";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublicationPdfOfTwentyMegabytesStillUploads() {
        long book = jdbc.queryForObject("insert into publication (title, language) values ('Un gros ouvrage', 'fr') returning id", Long.class);
        String email = accounts.create("depot-" + System.nanoTime() + "@cohorte.test", RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        staff.get("/publications/" + book + "/manage");
        byte[] pdf = TestPdfs.ofAtLeast(20 * 1024 * 1024);

        Document managed = staff.submitFile("/publications/" + book + "/manage/upload", "file", "gros-ouvrage.pdf", "application/pdf", pdf);

        assertThat(staff.status()).isEqualTo(200);
        assertThat(managed.select(".fr-alert--success").text()).contains("gros-ouvrage.pdf");
        assertThat(jdbc.queryForObject("select size_bytes from publication_file where publication_id = ?", Long.class, book))
                .isEqualTo((long) pdf.length);
    }

    @Test
    void aMultipartBodyTooLargeForAnApiRouteGetsAProblemNamingTheLimit() {
        WebClient api = new WebClient(port);
        HttpResponse<String> refused = api.send(api.request("/api/v1/sessions")
                .header("Content-Type", "multipart/form-data; boundary=limite")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024])));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":413").contains("\"limit\":" + UploadRoute.FORM_ALLOWANCE.toBytes());
    }

    @Test
    void aMultipartBodyThatDoesNotDeclareItsLengthIsRefusedUnread() {
        WebClient web = new WebClient(port);
        HttpResponse<String> refused = web.send(web.request("/publications/1/manage/upload")
                .header("Content-Type", "multipart/form-data; boundary=limite").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(new byte[64 * 1024]))));

        assertThat(refused.statusCode()).isEqualTo(411);
    }
}
