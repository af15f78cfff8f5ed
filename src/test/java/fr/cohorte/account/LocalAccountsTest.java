package fr.cohorte.account;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CohorteTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class LocalAccountsTest {

    static final String ADMIN = "admin@cohorte.test";
    static final String ADMIN_PASSWORD = "Un mot de passe de test assez long";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SetPassword setPassword;

    BrowserlessSession admin;

    @BeforeEach
    void adminLogsIn() {
        admin = new BrowserlessSession(port);
        admin.logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.path()).isEqualTo("/me");
    }

    @Test
    void anInvitedStaffMemberSetsAPasswordFromTheMailAndLogsIn() throws Exception {
        String email = "claire.invitee@example.org";
        invite(email, "Claire", "Invitée", "STAFF");
        assertThat(admin.page().select(".fr-alert--success").text()).contains(email);

        String link = mailedLink(email, "/invitation/");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.get(pathOf(link));
        assertThat(staff.page().select("h1").text()).isEqualTo("Choisir votre mot de passe");

        staff.submit(pathOf(link), Map.of("password", "court", "confirmation", "autre"));
        assertThat(staff.page().select("#password-messages").text()).contains("au moins 12 caractères");
        assertThat(staff.page().select("#confirmation-messages").text()).contains("pas identiques");

        staff.submit(pathOf(link), Map.of("password", "Une phrase de passe solide", "confirmation", "Une phrase de passe solide"));
        assertThat(staff.path()).isEqualTo("/login");
        assertThat(staff.page().select("#email").val()).isEqualTo(email);

        staff.submit("/login", Map.of("email", email, "password", "Une phrase de passe solide"));
        assertThat(staff.path()).isEqualTo("/me");
        assertThat(staff.page().text()).contains("Claire Invitée").contains("Équipe des sessions");

        BrowserlessSession replay = new BrowserlessSession(port);
        replay.get(pathOf(link));
        assertThat(replay.status()).isEqualTo(410);
        assertThat(replay.page().select("h1").text()).isEqualTo("Ce lien ne fonctionne plus");
    }

    @Test
    void anInvitationFormWithMistakesKeepsWhatWasTyped() {
        admin.get("/admin/accounts");
        admin.submit("/admin/accounts", Map.of("email", "pas-une-adresse", "givenName", "Jean", "familyName", "", "role", "JURY"));

        assertThat(admin.page().select("#email").val()).isEqualTo("pas-une-adresse");
        assertThat(admin.page().select("#givenName").val()).isEqualTo("Jean");
        assertThat(admin.page().select("#email-messages").text()).contains("adresse électronique valide");
        assertThat(admin.page().select("#familyName-messages").text()).contains("obligatoire");
        assertThat(admin.page().select("#scopeId-messages").text()).contains("session ou l’ouvrage");
        assertThat(jdbc.queryForObject("select count(*) from account where email = 'pas-une-adresse'", Integer.class)).isZero();
    }

    @Test
    void theApiAnswersWhoTheCallerIsWithBasicAuthentication() {
        WebClient api = new WebClient(port);
        HttpResponse<String> me = api.send(basic(api, ADMIN, ADMIN_PASSWORD));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"admin@cohorte.test\"").contains("ROLE_ADMIN");
        assertThat(api.send(api.request("/api/v1/me").GET()).statusCode()).isEqualTo(401);
    }

    @Test
    void aForgottenPasswordIsResetByASingleUseLinkAndTheAnswerNeverRevealsWhetherAnAccountExists() throws Exception {
        String email = createAccount("remi.oubli@example.org");
        BrowserlessSession visitor = new BrowserlessSession(port);
        visitor.get("/password/forgotten");
        visitor.submit("/password/forgotten", Map.of("email", "personne@example.org"));
        String unknownAnswer = visitor.page().select(".fr-alert--success").text();
        visitor.submit("/password/forgotten", Map.of("email", email));
        assertThat(visitor.page().select(".fr-alert--success").text())
                .isEqualTo(unknownAnswer.replace("personne@example.org", email));

        String link = mailedLink(email, "/password/reset/");
        visitor.get(pathOf(link));
        visitor.submit(pathOf(link), Map.of("password", "Un tout nouveau mot de passe", "confirmation", "Un tout nouveau mot de passe"));
        visitor.submit("/login", Map.of("email", email, "password", "Un tout nouveau mot de passe"));
        assertThat(visitor.path()).isEqualTo("/me");
    }

    @Test
    void loggingOutEverywhereEndsTheSessionsOnOtherDevices() {
        String email = createAccount("ines.partout@example.org");
        BrowserlessSession laptop = new BrowserlessSession(port);
        BrowserlessSession phone = new BrowserlessSession(port);
        laptop.logIn(email, "Une phrase de passe solide");
        phone.logIn(email, "Une phrase de passe solide");
        assertThat(phone.get("/me").select("h1").text()).isEqualTo("Mon compte");

        laptop.get("/me");
        laptop.submit("/me/logout-everywhere", Map.of());

        phone.get("/me");
        assertThat(phone.path()).isEqualTo("/login");
        assertThat(jdbc.queryForList("select action from audit_event where target = ?", String.class, email))
                .contains("LOGGED_OUT_EVERYWHERE");
    }

    @Test
    void administratorsReadTheAuditTrailWithLoginsAndInvitations() {
        invite("audit.invitee@example.org", "Aude", "Journal", "STAFF");

        Document trail = admin.get("/admin/audit");

        assertThat(trail.select("h1").text()).isEqualTo("Journal d’audit");
        assertThat(trail.select("#audit-events").text())
                .contains("Connexion réussie")
                .contains("Invitation envoyée")
                .contains("audit.invitee@example.org");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        admin.post("/admin/accounts", Map.of("email", "forge@example.org", "givenName", "F", "familyName", "G", "role", "ADMIN"));

        assertThat(admin.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from account where email = 'forge@example.org'", Integer.class)).isZero();
    }

    @Test
    void anInvitationSaysWhichRoleAndWhichSessionItIsFor() throws Exception {
        admin.get("/staff/sessions/new");
        admin.submit("/staff/sessions", Map.of("number", "9161", "theme", "Habiter les territoires",
                "startDate", "2031-09-01", "endDate", "2032-06-30", "status", "PLANNED"));
        assertThat(admin.path()).isEqualTo("/staff/sessions/9161");

        String email = "odile.jure@example.org";
        admin.get("/admin/accounts");
        admin.submit("/admin/accounts", Map.of("email", email, "givenName", "Odile", "familyName", "Juré",
                "role", "JURY", "scopeId", "9161"));

        assertThat(mailedText(email, "Invitation à Cohorte"))
                .contains("avec ce rôle : Juré — session nationale n° 9161 « Habiter les territoires »");
    }

    @Test
    void anAdministratorReadingEnglishInvitesInEnglishNamingTheRoleAndTheSession() throws Exception {
        admin.get("/staff/sessions/new");
        admin.submit("/staff/sessions", Map.of("number", "9162", "theme", "Travailler ensemble",
                "startDate", "2032-09-01", "endDate", "2033-06-30", "status", "PLANNED"));
        admin.get("/?lang=en");

        String email = "oliver.juror@example.org";
        admin.get("/admin/accounts");
        admin.submit("/admin/accounts", Map.of("email", email, "givenName", "Oliver", "familyName", "Juror",
                "role", "JURY", "scopeId", "9162"));

        assertThat(admin.page().select(".fr-alert--success").text()).contains(email);
        assertThat(mailedText(email, "Invitation to Cohorte"))
                .contains("with this role: Juror — national session no. 9162, “Travailler ensemble”")
                .contains("/invitation/");
    }

    private void invite(String email, String given, String family, String role) {
        admin.get("/admin/accounts");
        admin.submit("/admin/accounts", Map.of("email", email, "givenName", given, "familyName", family, "role", role));
    }

    @Test
    void anAdministratorWithdrawsARoleAndTheSessionsCarryingItEndAtOnce() {
        String email = createAccount("noe.depart@example.org");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, "Une phrase de passe solide");
        staff.get("/directory/persons");
        assertThat(staff.status()).isEqualTo(200);

        Document accountsPage = admin.get("/admin/accounts");
        assertThat(accountsPage.select("tr[data-email=" + email + "] button").eachAttr("aria-label"))
                .contains("Retirer le rôle « Équipe des sessions » à " + email);
        Long id = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        admin.submit("/admin/accounts/" + id + "/revoke", Map.of("role", "STAFF", "scopeId", "0"));

        assertThat(admin.page().select(".fr-alert--success").text()).contains(email);
        staff.get("/directory/persons");
        assertThat(staff.path()).as("the open session ended").isEqualTo("/login");
        staff.logIn(email, "Une phrase de passe solide");
        staff.get("/directory/persons");
        assertThat(staff.status()).isEqualTo(403);
        assertThat(jdbc.queryForList("select action from audit_event where target = ? order by id", String.class, email))
                .contains("ROLE_REVOKED");
    }

    @Test
    void anAccountInvitedAgainWithAnotherRoleKeepsItsPasswordAndIsToldOfTheRole() throws Exception {
        String email = createAccount("iris.deux-roles@example.org");
        admin.get("/admin/accounts");

        admin.submit("/admin/accounts", Map.of("email", email, "givenName", "Iris", "familyName", "Deux-Rôles",
                "role", "JURY", "scopeId", "34"));

        assertThat(admin.page().select(".fr-alert--success").text()).contains(email).contains("a déjà un compte");
        String notice = mailedText(email, "Un nouveau rôle dans Cohorte");
        assertThat(notice).contains("Juré (n° 34)").doesNotContain("/invitation/");
        assertThat(jdbc.queryForList("select role || ':' || scope_id from account_role r join account a on a.id = r.account_id "
                + "where a.email = ? order by role", String.class, email)).containsExactly("JURY:34", "STAFF:0");
        BrowserlessSession owner = new BrowserlessSession(port);
        owner.logIn(email, "Une phrase de passe solide");
        assertThat(owner.path()).as("the password chosen before still works").isEqualTo("/me");
    }

    @Test
    void theOnlyAdministratorKeepsTheRole() {
        assertThat(jdbc.queryForObject("select count(*) from account_role where role = 'ADMIN'", Integer.class))
                .as("this database has one administrator").isEqualTo(1);
        admin.get("/admin/accounts");
        Long id = jdbc.queryForObject("select id from account where email = ?", Long.class, ADMIN);

        admin.submit("/admin/accounts/" + id + "/revoke", Map.of("role", "ADMIN", "scopeId", "0"));

        assertThat(admin.page().select(".fr-alert--error").text()).contains("seul administrateur");
        assertThat(jdbc.queryForObject("select count(*) from account_role where account_id = ? and role = 'ADMIN'", Integer.class, id))
                .isEqualTo(1);
    }

    /** An account invited by the administrator whose owner has chosen "Une phrase de passe solide". */
    private String createAccount(String email) {
        invite(email, "Test", "Compte", "STAFF");
        try {
            String link = mailedLink(email, "/invitation/");
            setPassword.throughLink(link.substring(link.lastIndexOf('/') + 1), LinkPurpose.INVITATION,
                    "Une phrase de passe solide", "Une phrase de passe solide");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return email;
    }

    /** The newest link to {@code path} mailed to {@code email}, waiting for the outbox to send it. */
    private static String mailedLink(String email, String path) throws Exception {
        Pattern link = Pattern.compile("http://\\S+" + Pattern.quote(path) + "[A-Za-z0-9_-]+");
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : java.util.Arrays.asList(mail.getReceivedMessages()).reversed()) {
                Matcher matcher = link.matcher((String) message.getContent());
                if (message.getAllRecipients()[0].toString().equals(email) && matcher.find()) {
                    return matcher.group();
                }
            }
            mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail with a link to " + path + " reached " + email);
    }

    /** The text of the newest mail to {@code email} with that subject, waiting for the outbox to send it. */
    private static String mailedText(String email, String subject) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : java.util.Arrays.asList(mail.getReceivedMessages()).reversed()) {
                if (message.getAllRecipients()[0].toString().equals(email) && subject.equals(message.getSubject())) {
                    return (String) message.getContent();
                }
            }
            mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail \"" + subject + "\" reached " + email);
    }

    private static String pathOf(String link) {
        return java.net.URI.create(link).getPath();
    }

    private static java.net.http.HttpRequest.Builder basic(WebClient api, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return api.request("/api/v1/me").header("Authorization", "Basic " + credentials).GET();
    }
}
