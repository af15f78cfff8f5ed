package fr.cohorte.recruitment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CohorteTest
class ApplicationFormTest {

    static final byte[] PDF = TestPdfs.onePage();

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeEditor programme;

    @Autowired
    Applications applications;

    @Autowired
    JdbcTemplate jdbc;

    BrowserlessSession applicant;
    Session session;
    String apply;

    @BeforeEach
    void openCall() {
        applicant = new BrowserlessSession(port);
        session = new Calls(programme, applications).open();
        apply = "/sessions/" + session.getNumber() + "/apply";
    }

    @Test
    void aRecruitingSessionsPublicPageLeadsToTheForm() {
        Document page = applicant.get("/sessions/" + session.getNumber());

        assertThat(page.select("#apply-link").attr("href")).isEqualTo(apply);
        assertThat(page.select("#apply-link").text()).isEqualTo("Candidater à cette session");
    }

    @Test
    void applicantIsThankedAndAcknowledgedByMailInTheSameTransaction() {
        applicant.get(apply);
        Document sent = applicant.submitWithFile(apply, answers("claire.martin@example.org"), "cv", "cv.pdf", "application/pdf", PDF);

        assertThat(sent.select("h1").text()).isEqualTo("Votre candidature est enregistrée");
        assertThat(sent.text()).contains("Un accusé de réception est envoyé à claire.martin@example.org");
        assertThat(jdbc.queryForMap("select sector, region, keep_for_later from application where session_id = ? and given_name = 'Claire'",
                session.getId())).containsEntry("sector", "Emploi et formation").containsEntry("region", "OCCITANIE")
                .containsEntry("keep_for_later", true);
        assertThat(jdbc.queryForObject("select content from application_cv c join application a on a.id = c.application_id "
                + "where a.email = 'claire.martin@example.org'", byte[].class)).isEqualTo(PDF);
        Map<String, Object> mail = jdbc.queryForMap("select subject, body from mail_outbox where recipient = 'claire.martin@example.org'");
        assertThat(mail.get("subject")).isEqualTo("Votre candidature à la " + session.getNumber() + "e session nationale");
        assertThat((String) mail.get("body")).contains("Bonjour Claire Martin").contains("Coopérer pour l’emploi");
    }

    @Test
    void everyMissingFieldIsNamedWhatWasTypedIsKeptAndNothingIsStored() {
        applicant.get(apply);
        Map<String, String> partial = Map.of("givenName", "Claire", "email", "pas-une-adresse");
        Document refused = applicant.submitWithFile(apply, partial, "cv", "cv.pdf", "application/pdf", PDF);

        assertThat(refused.select("#error-summary li").eachText()).as("named, in the form's order").containsExactly(
                "Nom : Ce champ est obligatoire.",
                "Adresse électronique : Saisissez une adresse électronique valide, par exemple nom@exemple.fr.",
                "Organisation : Ce champ est obligatoire.",
                "Fonction : Ce champ est obligatoire.",
                "Horizon : Ce champ est obligatoire.",
                "Secteur d’activité : Ce champ est obligatoire.",
                "Région : Ce champ est obligatoire.",
                "Lettre de motivation : Ce champ est obligatoire.",
                "Consentement : Cochez la case pour accepter le traitement de vos données : sans cela, nous ne pouvons pas étudier votre candidature.");
        assertThat(refused.select("#familyName-messages").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(refused.select("#givenName").val()).isEqualTo("Claire");
        assertThat(refused.select("#email").val()).isEqualTo("pas-une-adresse");
        assertThat(refused.select("#error-summary").text()).contains("choisissez à nouveau votre CV");
        assertThat(storedFor(session)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'pas-une-adresse'", Integer.class)).isZero();
    }

    @Test
    void aFileIsAcceptedAsPdfOnlyByItsFirstBytesWhateverItsNameSays() {
        applicant.get(apply);
        Document refused = applicant.submitWithFile(apply, answers("gif@example.org"), "cv", "cv.pdf", "application/pdf",
                "GIF89a not a pdf".getBytes(StandardCharsets.US_ASCII));

        assertThat(refused.select("#cv-messages").text())
                .isEqualTo("Ce fichier n’est pas un PDF : enregistrez votre CV au format PDF, puis joignez-le à nouveau.");
        assertThat(refused.select("#organisation").val()).isEqualTo("Région Occitanie");
        assertThat(refused.select("#motivation").val()).isEqualTo("Faire coopérer les acteurs de l’emploi.");
        assertThat(storedFor(session)).isZero();

        Document sent = applicant.submitWithFile(apply, answers("gif@example.org"), "cv", "mon-cv.bin", "application/octet-stream", PDF);
        assertThat(sent.select("h1").text()).isEqualTo("Votre candidature est enregistrée");
    }

    @Test
    void aCvOverTheSizeLimitIsRefusedWithTheLimitStated() {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        applicant.get(apply);
        Document refused = applicant.submitWithFile(apply, answers("large@example.org"), "cv", "cv.pdf", "application/pdf", large);

        assertThat(refused.select("#cv-messages").text()).isEqualTo("Ce fichier dépasse 5 Mo : réduisez-le, puis joignez-le à nouveau.");
        assertThat(storedFor(session)).isZero();
    }

    @Test
    void consentMustBeGivenExplicitlyAndStatesTheRetentionPeriod() {
        Document form = applicant.get(apply);
        assertThat(form.select("#consent-legend + div p").text()).contains("anonymisées 3 mois après la sélection");
        assertThat(form.select("input[type=checkbox][name=consent]").hasAttr("checked")).isFalse();

        Map<String, String> withoutConsent = new HashMap<>(answers("noconsent@example.org"));
        withoutConsent.remove("consent");
        Document refused = applicant.submitWithFile(apply, withoutConsent, "cv", "cv.pdf", "application/pdf", PDF);

        assertThat(refused.select("#consent-messages").text()).startsWith("Cochez la case pour accepter le traitement de vos données");
        assertThat(storedFor(session)).isZero();
    }

    @Test
    void theSameAddressTwiceForOneSessionIsRefusedWithAClearMessage() {
        applicant.get(apply);
        applicant.submitWithFile(apply, answers("twice@example.org"), "cv", "cv.pdf", "application/pdf", PDF);
        applicant.get(apply);
        Document again = applicant.submitWithFile(apply, answers("TWICE@example.org"), "cv", "cv.pdf", "application/pdf", PDF);

        assertThat(again.select(".fr-alert--error").text())
                .contains("Une candidature avec cette adresse électronique existe déjà pour cette session");
        assertThat(again.select("#givenName").val()).isEqualTo("Claire");
        assertThat(storedFor(session)).isEqualTo(1);
    }

    @Test
    void aCallThatIsOverOrNotYetOpenOrASessionNotRecruitingAnswersWithAPageNotAForm() {
        Calls calls = new Calls(programme, applications);
        Instant now = Instant.now();
        List<Session> closed = List.of(
                calls.session(SessionStatus.RECRUITING, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))),
                calls.session(SessionStatus.RECRUITING, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))),
                calls.session(SessionStatus.PLANNED, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))));
        for (Session s : closed) {
            Document page = applicant.get("/sessions/" + s.getNumber() + "/apply");
            assertThat(page.select("h1").text()).isEqualTo("Les candidatures ne sont pas ouvertes");
            assertThat(page.select("form[action$=/apply]")).isEmpty();
        }

        applicant.get(apply);
        applications.saveCall(session, now.minus(Duration.ofDays(30)), now.minus(Duration.ofMinutes(1)), 30, null);
        Document posted = applicant.submitWithFile(apply, answers("late@example.org"), "cv", "cv.pdf", "application/pdf", PDF);
        assertThat(posted.select("h1").text()).isEqualTo("Les candidatures ne sont pas ouvertes");
        assertThat(storedFor(session)).isZero();
    }

    /** The horizon applicants choose in these tests; without the demo, the directory has none until one is added. */
    static Long localGovernment(JdbcTemplate jdbc) {
        jdbc.update("insert into background (code, label_fr, label_en, position) values "
                + "('local-government', 'Collectivités territoriales', 'Local government', 50) on conflict (code) do nothing");
        return jdbc.queryForObject("select id from background where code = 'local-government'", Long.class);
    }

    private int storedFor(Session s) {
        return jdbc.queryForObject("select count(*) from application where session_id = ?", Integer.class, s.getId());
    }

    @Test
    void aRequestOverTheFormsLimitIsRefusedWithAPageInTheReadersLanguageAndNothingIsStored() {
        byte[] sixMegabytes = Arrays.copyOf(PDF, 6 * 1024 * 1024);
        applicant.get(apply);
        Document refused = applicant.submitWithFile(apply, answers("trop.lourd@example.org"), "cv", "cv.pdf", "application/pdf", sixMegabytes);

        assertThat(applicant.status()).isEqualTo(413);
        assertThat(refused.select("h1").text()).isEqualTo("Envoi trop volumineux");
        assertThat(refused.select("#upload-limit").text()).contains("cette page accepte au plus 5,5 Mo").contains("Rien n’a été enregistré");
        assertThat(refused.select("header")).as("the site's layout").isNotEmpty();

        WebClient english = new WebClient(port);
        HttpResponse<String> inEnglish = english.send(english.request(apply)
                .header("Content-Type", "multipart/form-data; boundary=limite").header("Accept", "text/html").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sixMegabytes)));
        assertThat(inEnglish.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(inEnglish.body()).select("#upload-limit").text()).contains("this page accepts at most 5.5 MB");

        assertThat(jdbc.queryForObject("select count(*) from application where email = 'trop.lourd@example.org'", Integer.class)).isZero();
    }

    private Map<String, String> answers(String email) {
        Long background = localGovernment(jdbc);
        return Map.ofEntries(Map.entry("civility", "MS"), Map.entry("givenName", "Claire"), Map.entry("familyName", "Martin"),
                Map.entry("email", email), Map.entry("phone", "01 23 45 67 89"), Map.entry("organisation", "Région Occitanie"),
                Map.entry("positionTitle", "Directrice de l’emploi"), Map.entry("backgroundId", String.valueOf(background)),
                Map.entry("sector", "Emploi et formation"), Map.entry("region", "OCCITANIE"), Map.entry("keepForLater", "true"),
                Map.entry("motivation", "Faire coopérer les acteurs de l’emploi."), Map.entry("consent", "true"));
    }
}
