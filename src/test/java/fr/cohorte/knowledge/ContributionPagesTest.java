package fr.cohorte.knowledge;

import java.util.Map;
import java.util.Set;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.directory.Person;
import fr.cohorte.search.SearchReader;
import fr.cohorte.session.Activity;
import fr.cohorte.session.Seminar;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static fr.cohorte.knowledge.ContributionFixtures.personOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing a contribution through its pages as a browser without JavaScript, and through the
 * autosave its script calls: versions, conflicting saves, an expired login, sanitised HTML and the
 * Chatham House rule.
 */
@CohorteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributionPagesTest {

    static final int SESSION = 9142;
    static final String PASSWORD = "Un mot de passe de test assez long";

    @LocalServerPort int port;
    @Autowired ContributionFixtures fixtures;
    @Autowired Contributions contributions;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    Activity hearing;
    Activity chathamHearing;
    Person author;
    Person coAuthor;
    long book;
    Person coordinatorPerson;
    String authorEmail;
    String coAuthorEmail;
    String coordinatorEmail;

    @BeforeAll
    void aSessionWithTwoHearings() {
        Seminar seminar = fixtures.seminar(SESSION);
        Person speaker = fixtures.person("Xavier", "Orateur");
        hearing = fixtures.hearing(seminar, "Audition ouverte", Set.of(speaker.getId()));
        chathamHearing = fixtures.chathamHouseHearing(seminar, "Audition confidentielle", Set.of(speaker.getId()));
        author = fixtures.participant(SESSION, "Alice", "Autrice");
        coAuthor = fixtures.participant(SESSION, "Bruno", "Coauteur");
        authorEmail = accounts.create(author.getEmail(), RoleGrant.scoped(Role.PARTICIPANT, SESSION), PASSWORD);
        coAuthorEmail = accounts.create(coAuthor.getEmail(), RoleGrant.scoped(Role.PARTICIPANT, SESSION), PASSWORD);
        book = fixtures.book(SESSION);
        coordinatorEmail = "coordination-" + System.nanoTime() + "@contributions.test";
        accounts.create(coordinatorEmail, RoleGrant.scoped(Role.COORDINATOR, book), PASSWORD);
    }

    BrowserlessSession logIn(String email) {
        BrowserlessSession browser = new BrowserlessSession(port);
        browser.logIn(email, PASSWORD);
        return browser;
    }

    /** A note written through the new-contribution form; the form leads to its editor. */
    long newNote(BrowserlessSession browser, String title, Activity about) {
        browser.get("/knowledge/sessions/" + SESSION + "/contributions/new");
        browser.submit("/knowledge/sessions/" + SESSION + "/contributions",
                Map.of("title", title, "kind", "NOTE", "about", "activity:" + about.getId()));
        assertThat(browser.path()).endsWith("/edit");
        return Long.parseLong(browser.path().replaceAll("\\D+", " ").trim().split(" ")[0]);
    }

    /** The CSRF token of each browser, as its editor page gave it: the script keeps it between saves. */
    final Map<BrowserlessSession, String> tokens = new java.util.IdentityHashMap<>();

    Document autosave(BrowserlessSession browser, long id, int revision, String body) {
        String shown = browser.page().select("meta[name=_csrf]").attr("content");
        String token = shown.isEmpty() ? tokens.get(browser) : shown;
        tokens.put(browser, token);
        return browser.post("/knowledge/contributions/" + id + "/autosave",
                Map.of("_csrf", token, "title", "Mes notes", "revision", String.valueOf(revision), "body", body));
    }

    String savedBody(long id) {
        return jdbc.queryForObject("select body from contribution where id = ?", String.class, id);
    }

    @Test
    void theNewFormSaysWhatIsMissingAndKeepsWhatWasTyped() {
        BrowserlessSession browser = logIn(authorEmail);
        browser.get("/knowledge/sessions/" + SESSION + "/contributions/new");
        Document page = browser.submit("/knowledge/sessions/" + SESSION + "/contributions", Map.of("title", "Sans sujet", "kind", "NOTE"));
        assertThat(page.select("#about-messages").text()).contains("Choisissez l’activité");
        assertThat(page.select("#title").val()).isEqualTo("Sans sujet");
        assertThat(jdbc.queryForObject("select count(*) from contribution where title = 'Sans sujet'", Integer.class)).isZero();
    }

    @Test
    void theAutosaveAnswersWithTheNewVersionAndEverySaveIsAVersion() {
        BrowserlessSession browser = logIn(authorEmail);
        long id = newNote(browser, "Mes notes", hearing);
        Document first = autosave(browser, id, 0, "Premier jet");
        assertThat(browser.status()).isEqualTo(200);
        assertThat(first.text()).contains("\"revision\":1");
        autosave(browser, id, 1, "Premier jet, complété");
        assertThat(browser.page().text()).contains("\"revision\":2");

        Document versions = browser.get("/knowledge/contributions/" + id + "/versions");
        assertThat(versions.select("#version-list tbody tr")).hasSize(2);
        assertThat(versions.select("#version-list tbody tr").first().text()).contains("Alice Autrice");
        assertThat(savedBody(id)).isEqualTo("Premier jet, complété");
    }

    @Test
    void aSaveOnAnOldVersionNeverOverwritesAndShowsBothTexts() {
        BrowserlessSession alice = logIn(authorEmail);
        long id = newNote(alice, "À deux", hearing);
        contributions.addCoAuthor(id, coAuthor.getId(), personOf(author));
        autosave(alice, id, 0, "Le texte d’Alice");
        BrowserlessSession bruno = logIn(coAuthorEmail);
        bruno.get("/knowledge/contributions/" + id + "/edit");

        autosave(alice, id, 1, "Le texte d’Alice, suite");
        Document conflict = autosave(bruno, id, 1, "Le texte de Bruno");
        assertThat(bruno.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Le texte d’Alice, suite").contains("\"revision\":2");
        assertThat(savedBody(id)).isEqualTo("Le texte d’Alice, suite");

        bruno.get("/knowledge/contributions/" + id + "/edit");
        Document form = bruno.submit("/knowledge/contributions/" + id + "/edit",
                Map.of("title", "À deux", "body", "Le texte de Bruno", "revision", "1"));
        assertThat(form.select("#conflict").text()).contains("modifiée entre-temps");
        assertThat(form.select("#saved-text").text()).isEqualTo("Le texte d’Alice, suite");
        assertThat(form.select("#body").text()).isEqualTo("Le texte de Bruno");
        assertThat(form.select("#revision").val()).isEqualTo("2");

        bruno.submit("/knowledge/contributions/" + id + "/edit", Map.of("title", "À deux",
                "body", "Le texte d’Alice, suite\n\nLe texte de Bruno"));
        assertThat(savedBody(id)).isEqualTo("Le texte d’Alice, suite\n\nLe texte de Bruno");
        assertThat(jdbc.queryForObject("select count(*) from contribution_version where contribution_id = ?", Integer.class, id)).isEqualTo(3);
    }

    @Test
    void aSaveAfterTheLoginExpiredIsSentToLogInAndTheServerKeepsTheLastSavedText() {
        BrowserlessSession browser = logIn(authorEmail);
        long id = newNote(browser, "Pendant l’audition", hearing);
        autosave(browser, id, 0, "Ce que l’intervenant a dit");
        jdbc.update("delete from spring_session where principal_name = ?", authorEmail);

        autosave(browser, id, 1, "Ce que l’intervenant a dit, puis la suite");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(savedBody(id)).isEqualTo("Ce que l’intervenant a dit");
    }

    @Test
    void scriptsEventHandlersAndJavascriptLinksComeOutInert() {
        BrowserlessSession browser = logIn(authorEmail);
        long id = newNote(browser, "Texte hostile", hearing);
        String hostile = "Avant <script>alert('x')</script> après\n\n<img src=x onerror=alert(1)>\n\n[cliquez](javascript:alert(1))"
                + " et <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">ici</a>";
        autosave(browser, id, 0, hostile);

        String token = browser.get("/knowledge/contributions/" + id + "/edit").select("meta[name=_csrf]").attr("content");
        String preview = browser.post("/knowledge/contributions/preview", Map.of("_csrf", token, "body", hostile)).body().html();
        String view = browser.get("/knowledge/contributions/" + id).select("#contribution-body").html();
        for (String html : new String[] {preview, view}) {
            Document rendered = Jsoup.parseBodyFragment(html);
            assertThat(rendered.select("script, img, iframe, object")).as("no active element in " + html).isEmpty();
            assertThat(rendered.getAllElements()).as("no event handler in " + html)
                    .allSatisfy(element -> assertThat(element.attributes().asList())
                            .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")));
            assertThat(rendered.select("a[href]")).as("no javascript: link in " + html)
                    .allSatisfy(link -> assertThat(link.attr("href").toLowerCase()).doesNotContain("javascript"));
            assertThat(rendered.text()).contains("cliquez").contains("Avant");
        }
    }

    @Test
    void aPublicContributionAboutAChathamHouseHearingNamesNoSpeakerAndTheCoordinatorIsWarned() {
        BrowserlessSession alice = logIn(authorEmail);
        long open = newNote(alice, "Note ouverte", hearing);
        long confidential = newNote(alice, "Note confidentielle", chathamHearing);
        for (long id : new long[] {open, confidential}) {
            contributions.save(id, 0, id == open ? "Note ouverte" : "Note confidentielle", "Ce qui a été dit.", personOf(author));
            contributions.showTo(id, ContributionVisibility.PUBLIC, personOf(author));
        }
        assertThat(contributions.isUnderChathamHouse(confidential)).isTrue();
        assertThat(contributions.isUnderChathamHouse(open)).isFalse();

        BrowserlessSession coordinator = logIn(coordinatorEmail);
        Document approvals = coordinator.get("/knowledge/sessions/" + SESSION + "/approvals");
        assertThat(approvals.select("#approval-" + confidential).text())
                .contains("Audition sous la règle de Chatham House : rien de public ne doit nommer l’intervenant");
        assertThat(approvals.select("#approval-" + open).text()).doesNotContain("Chatham House");
        coordinator.submit("/knowledge/contributions/" + confidential + "/approve", Map.of());
        coordinator.get("/knowledge/sessions/" + SESSION + "/approvals");
        coordinator.submit("/knowledge/contributions/" + open + "/approve", Map.of());

        BrowserlessSession anonymous = new BrowserlessSession(port);
        Document confidentialPage = anonymous.get("/knowledge/contributions/" + confidential);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(confidentialPage.select("main").text()).contains("Audition confidentielle").contains("Chatham House")
                .doesNotContain("Orateur");
        assertThat(anonymous.get("/knowledge/contributions/" + open).select("#speakers").text()).contains("Xavier Orateur");
    }

    @Test
    void someoneWhoMayNotReadAContributionIsToldItDoesNotExist() {
        BrowserlessSession alice = logIn(authorEmail);
        long id = newNote(alice, "Privée", hearing);
        BrowserlessSession anonymous = new BrowserlessSession(port);
        anonymous.get("/knowledge/contributions/" + id);
        assertThat(anonymous.status()).isEqualTo(404);
        BrowserlessSession bruno = logIn(coAuthorEmail);
        bruno.get("/knowledge/contributions/" + id);
        assertThat(bruno.status()).isEqualTo(404);
        assertThat(bruno.get("/knowledge/sessions/" + SESSION + "/contributions").select("#contribution-list").text()).doesNotContain("Privée");
        assertThat(SearchReader.anonymous().personId()).isNull();
    }

    @Test
    void aPdfThatIsReallyAWebPageIsRefusedAndARealOneIsReadByTheContributionsReadersAlone() {
        BrowserlessSession alice = logIn(authorEmail);
        long id = newNote(alice, "Avec pièces jointes", hearing);
        String action = "/knowledge/contributions/" + id + "/attachments";
        alice.get("/knowledge/contributions/" + id);
        Document refused = alice.submitFile(action, "file", "rapport.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.select("#attachment-error").text())
                .contains("« rapport.pdf » n’est ni un PDF, ni une image PNG ou JPEG");
        assertThat(jdbc.queryForObject("select count(*) from contribution_attachment where contribution_id = ?", Integer.class, id)).isZero();

        byte[] pdf = TestPdfs.onePage();
        Document attached = alice.submitFile(action, "file", "C:\\Users\\alice\\compte-rendu.pdf", "application/octet-stream", pdf);
        assertThat(attached.select("#attached").text()).contains("compte-rendu.pdf");
        String link = attached.select("#attachment-list a").attr("href");
        var download = alice.download(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.body()).isEqualTo(pdf);

        BrowserlessSession bruno = logIn(coAuthorEmail);
        assertThat(bruno.download(link).statusCode()).as("a private note's attachment is hidden too").isEqualTo(404);
        contributions.showTo(id, ContributionVisibility.COHORT, personOf(author));
        assertThat(bruno.download(link).statusCode()).isEqualTo(200);
        assertThat(new BrowserlessSession(port).download(link).statusCode()).isEqualTo(404);
    }
}
