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

/** Every save of a chapter is a version that can be compared with any other and restored. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class ChapterVersionsTest {

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
    void aChapterWithoutHistory() {
        book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        chapter = jdbc.queryForObject("select id from chapter where publication_id = ? and ordinal = 2", Long.class, book);
        jdbc.update("delete from chapter_version where chapter_id = ?", chapter);
        jdbc.update("update chapter set body = 'Premier paragraphe.\nDeuxième paragraphe.' where id = ?", chapter);
        path = "/publications/" + book + "/manage/chapters/" + chapter;
    }

    @Test
    void eachSaveIsAVersionListedWithItsAuthorAndAnyTwoCanBeCompared() {
        String email = "versions-" + System.nanoTime() + "@chapitre.test";
        BrowserlessSession coordinator = editor(email, RoleGrant.scoped(Role.COORDINATOR, book));
        jdbc.update("update person set given_name = 'Hortense', family_name = 'Rédactrice' where id = (select person_id from account where email = ?)",
                email);
        coordinator.get(path);
        String title = coordinator.page().select("#title").val();
        coordinator.submit(path, Map.of("title", title, "body", "Premier paragraphe.\nUn paragraphe réécrit."));
        coordinator.get(path);
        coordinator.submit(path, Map.of("title", title, "body", "Premier paragraphe.\nUn paragraphe réécrit.\nUne conclusion <b>nette</b>."));

        Document page = coordinator.get(path);
        assertThat(page.select("#version-list tbody tr")).hasSize(3);
        assertThat(page.select("#version-list tbody tr").first().text()).startsWith("3")
                .as("a version names who saved it, not their address").contains("Hortense Rédactrice").doesNotContain(email)
                .contains("Version actuelle");
        assertThat(page.select("#version-list tbody tr").last().text()).startsWith("1").contains("Texte initial");
        assertThat(page.select("#from option[selected]").val()).as("the form proposes the two latest versions").isEqualTo("2");
        assertThat(page.select("#to option[selected]").val()).isEqualTo("3");

        Document diff = coordinator.get(path + "/diff?from=3&to=1");
        assertThat(diff.select("h1").text()).isEqualTo("Versions 1 et 3");
        assertThat(diff.select("#diff-summary").text()).contains("3 lignes changent");
        assertThat(diff.select("#diff del").eachText()).containsExactly("Retiré : − Deuxième paragraphe.");
        assertThat(diff.select("#diff ins").eachText())
                .containsExactly("Ajouté : + Un paragraphe réécrit.", "Ajouté : + Une conclusion <b>nette</b>.");
        assertThat(diff.select("#diff b")).as("what an author typed is shown, not interpreted").isEmpty();
        assertThat(diff.select("#from option[selected]").val()).as("the diff page keeps the versions compared").isEqualTo("1");
        assertThat(diff.select("#to option[selected]").val()).isEqualTo("3");
    }

    @Test
    void restoringAnOldVersionMakesItTheNewestAndKeepsTheHistory() {
        BrowserlessSession staff = editor("restaure-" + System.nanoTime() + "@chapitre.test", RoleGrant.global(Role.STAFF));
        staff.get(path);
        String title = staff.page().select("#title").val();
        staff.submit(path, Map.of("title", "Un titre provisoire", "body", "Un texte à abandonner."));
        staff.get(path);

        Document restored = staff.submit(path + "/versions/1/restore", Map.of());

        assertThat(restored.select("#version-restored").text()).contains("version 1 est rétablie");
        assertThat(restored.select("#version-list tbody tr")).hasSize(3);
        assertThat(restored.select("#title").val()).isEqualTo(title);
        assertThat(jdbc.queryForObject("select body from chapter where id = ?", String.class, chapter))
                .isEqualTo("Premier paragraphe.\nDeuxième paragraphe.");
        assertThat(jdbc.queryForObject("select body from chapter_version where chapter_id = ? and number = 2", String.class, chapter))
                .isEqualTo("Un texte à abandonner.");
    }

    @Test
    void aVersionNeverSavedIsNotFound() {
        BrowserlessSession staff = editor("autre-" + System.nanoTime() + "@chapitre.test", RoleGrant.global(Role.STAFF));
        staff.get(path + "/diff?from=1&to=2");
        assertThat(staff.status()).isEqualTo(404);
    }

    private BrowserlessSession editor(String email, RoleGrant grant) {
        accounts.create(email, grant, PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}
