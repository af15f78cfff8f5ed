package fr.cohorte.publication;

import java.util.Map;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Chapters go from draft to review to approval, with the coordinators' comments; an edit withdraws an approval. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class ChapterReviewTest {

    static final String PASSWORD = "Un mot de passe de test assez long";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    long book;
    long chapter;
    String path;

    @BeforeEach
    void aDraftChapter() {
        book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        chapter = jdbc.queryForObject("select id from chapter where publication_id = ? and ordinal = 1", Long.class, book);
        jdbc.update("update chapter set state = 'DRAFT' where id = ?", chapter);
        path = "/publications/" + book + "/manage/chapters/" + chapter;
    }

    @Test
    void theCoordinatorApprovesAndTheBadgeSaysSoOnTheBooksChapterList() {
        BrowserlessSession coordinator = editor(RoleGrant.scoped(Role.COORDINATOR, book));
        coordinator.get(path);
        assertThat(coordinator.page().select("#chapter-state .fr-badge").text()).isEqualTo("Brouillon");

        coordinator.submit(path + "/state", Map.of("state", "IN_REVIEW"));
        Document approved = coordinator.submit(path + "/state", Map.of("state", "APPROVED"));

        assertThat(approved.select("#state-changed").text()).contains("approuvé");
        assertThat(approved.select("#chapter-state .fr-badge--success").text()).isEqualTo("Approuvé");
        Document manage = coordinator.get("/publications/" + book + "/manage");
        assertThat(manage.select("#chapter-list li").first().select(".fr-badge").text()).isEqualTo("Approuvé");
    }

    @Test
    void editingAnApprovedChapterSendsItBackToDraftAndSaysSo() {
        jdbc.update("update chapter set state = 'APPROVED' where id = ?", chapter);
        BrowserlessSession staff = editor(RoleGrant.global(Role.STAFF));
        staff.get(path);
        String title = staff.page().select("#title").val();

        Document manage = staff.submit(path, Map.of("title", title, "body", "Une correction après approbation."));

        assertThat(manage.select("#approval-withdrawn").text()).contains("repasse en brouillon");
        assertThat(manage.select("#chapter-list li").first().select(".fr-badge").text()).isEqualTo("Brouillon");
        assertThat(manage.select("#unapproved-chapters").text()).contains("pas encore approuvé");
    }

    @Test
    void coordinatorsCommentsAreListedWithAuthorAndTheirTextIsEscaped() {
        BrowserlessSession coordinator = editor(RoleGrant.scoped(Role.COORDINATOR, book));
        coordinator.get(path);

        Document refused = coordinator.submit(path + "/comments", Map.of("comment", "   "));
        assertThat(refused.select("#comment-error").text()).contains("Écrivez un commentaire");

        Document page = coordinator.submit(path + "/comments", Map.of("comment", "Citer la source du tableau <script>alert(1)</script>"));
        assertThat(page.select("#comment-list li").last().text())
                .contains("Citer la source du tableau <script>alert(1)</script>")
                .as("the author is named, not shown by their address").startsWith("Test relecteur-").doesNotContain("@chapitre.test");
        assertThat(page.select("#comment-list script")).isEmpty();
    }

    @Test
    void aCoordinatorOfAnotherBookCannotApprove() {
        long other = jdbc.queryForObject("insert into publication (title, language) values ('Un ouvrage voisin', 'fr') returning id", Long.class);
        BrowserlessSession outsider = editor(RoleGrant.scoped(Role.COORDINATOR, other));
        String token = outsider.get("/publications/" + other + "/manage").select("input[name=_csrf]").val();

        outsider.post(path + "/state", Map.of("state", "APPROVED", "_csrf", token));

        assertThat(outsider.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select state from chapter where id = ?", String.class, chapter)).isEqualTo("DRAFT");
    }

    private BrowserlessSession editor(RoleGrant grant) {
        String email = "relecteur-" + System.nanoTime() + "@chapitre.test";
        accounts.create(email, grant, PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}
