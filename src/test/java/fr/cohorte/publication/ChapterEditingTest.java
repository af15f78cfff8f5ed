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

/** Two people editing the same chapter: the second sees both texts, and nothing is lost in silence. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class ChapterEditingTest {

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
    void aChapterToEdit() {
        book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        chapter = jdbc.queryForObject("select id from chapter where publication_id = ? and ordinal = 3", Long.class, book);
        path = "/publications/" + book + "/manage/chapters/" + chapter;
    }

    @Test
    void theSecondToSaveSeesBothTextsAndSavesKnowingly() {
        BrowserlessSession coordinator = editor(RoleGrant.scoped(Role.COORDINATOR, book));
        BrowserlessSession staff = editor(RoleGrant.global(Role.STAFF));
        coordinator.get(path);
        staff.get(path);

        Document saved = coordinator.submit(path, Map.of("title", "Préconisations et bonnes pratiques",
                "body", "Le texte de la coordination."));
        assertThat(saved.select("#chapter-saved").text()).contains("Préconisations et bonnes pratiques");

        Document conflict = staff.submit(path, Map.of("title", "Préconisations", "body", "Le texte de l’équipe."));
        assertThat(conflict.select("#chapter-conflict").text()).contains("modifié entre-temps");
        assertThat(conflict.select("#saved-text").text()).isEqualTo("Le texte de la coordination.");
        assertThat(conflict.select("#body").text()).isEqualTo("Le texte de l’équipe.");
        assertThat(conflict.select("#title").val()).isEqualTo("Préconisations");
        assertThat(body()).as("nothing overwritten in silence").isEqualTo("Le texte de la coordination.");

        staff.submit(path, Map.of("title", "Préconisations", "body", "Le texte de la coordination.\n\nLe texte de l’équipe."));
        assertThat(body()).isEqualTo("Le texte de la coordination.\n\nLe texte de l’équipe.");
        assertThat(staff.get("/publications/" + book).select("#chapter-list").text()).contains("Préconisations");
    }

    @Test
    void aChapterWithoutTitleIsRefusedAndTheTextIsKept() {
        BrowserlessSession staff = editor(RoleGrant.global(Role.STAFF));
        staff.get(path);

        Document refused = staff.submit(path, Map.of("title", " ", "body", "Un texte à ne pas perdre."));

        assertThat(refused.select(".fr-alert--error[role=alert]").text()).contains("Le formulaire contient des erreurs");
        assertThat(refused.select("#title-messages").text()).isNotBlank();
        assertThat(refused.select("#body").text()).isEqualTo("Un texte à ne pas perdre.");
    }

    @Test
    void aCoordinatorCannotReachAnotherBooksChapterThroughTheirOwnBook() {
        long other = jdbc.queryForObject("insert into publication (title, language) values ('Un autre ouvrage', 'fr') returning id", Long.class);
        long otherChapter = jdbc.queryForObject(
                "insert into chapter (publication_id, ordinal, title) values (?, 1, 'Chapitre d’un autre') returning id", Long.class, other);
        BrowserlessSession coordinator = editor(RoleGrant.scoped(Role.COORDINATOR, book));

        coordinator.get("/publications/" + book + "/manage/chapters/" + otherChapter);
        assertThat(coordinator.status()).isEqualTo(404);
        coordinator.get("/publications/" + other + "/manage/chapters/" + otherChapter);
        assertThat(coordinator.status()).isEqualTo(403);
    }

    private String body() {
        return jdbc.queryForObject("select body from chapter where id = ?", String.class, chapter);
    }

    private BrowserlessSession editor(RoleGrant grant) {
        String email = "editeur-" + System.nanoTime() + "@chapitre.test";
        accounts.create(email, grant, PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}
