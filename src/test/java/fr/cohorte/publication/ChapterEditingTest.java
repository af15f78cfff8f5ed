package fr.cohorte.publication;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

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
import static org.awaitility.Awaitility.await;

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

    @Autowired
    DataSource dataSource;

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

    /**
     * Two first saves at once. The interleaving is forced rather than hoped for: the test holds the
     * book's row, which every save updates, until both saves are waiting on a lock; so both have read
     * the chapter as it stood before either is written.
     */
    @Test
    void twoFirstSavesAtOnceGiveTheSecondTheConflictFormWithItsTextKept() throws Exception {
        jdbc.update("delete from chapter_version where chapter_id = ?", chapter);
        jdbc.update("update chapter set body = 'Le texte d’avant.' where id = ?", chapter);
        String title = jdbc.queryForObject("select title from chapter where id = ?", String.class, chapter);
        List<BrowserlessSession> editors = List.of(editor(RoleGrant.scoped(Role.COORDINATOR, book)), editor(RoleGrant.global(Role.STAFF)));
        editors.forEach(editor -> editor.get(path));
        List<Document> answers = new ArrayList<>();
        try (Connection book = heldBook(); ExecutorService saves = Executors.newFixedThreadPool(2)) {
            List<Future<Document>> pending = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                BrowserlessSession editor = editors.get(i);
                String text = "Le texte de l’éditeur " + (i + 1) + ".";
                pending.add(saves.submit(() -> editor.submit(path, Map.of("title", title, "body", text))));
            }
            awaitSavesWaitingOnALock(2);
            book.commit();
            for (Future<Document> answer : pending) {
                answers.add(answer.get());
            }
        }

        List<Integer> statuses = editors.stream().map(BrowserlessSession::status).toList();
        assertThat(statuses).as("no server error").containsOnly(200);
        List<Document> saved = answers.stream().filter(page -> !page.select("#chapter-saved").isEmpty()).toList();
        List<Document> conflicts = answers.stream().filter(page -> !page.select("#chapter-conflict").isEmpty()).toList();
        assertThat(saved).as("one save goes through").hasSize(1);
        assertThat(conflicts).as("the other gets the conflict form").hasSize(1);
        String winner = body();
        Document conflict = conflicts.getFirst();
        assertThat(conflict.select("#saved-text").text()).isEqualTo(winner);
        assertThat(conflict.select("#body").text()).as("the loser keeps their text")
                .startsWith("Le texte de l’éditeur").isNotEqualTo(winner);
        assertThat(jdbc.queryForList("select number || ':' || body from chapter_version where chapter_id = ? order by number",
                String.class, chapter))
                .as("the text before the first save, then the one save that went through")
                .containsExactly("1:Le texte d’avant.", "2:" + winner);
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

    /** Holds the book's row, as a long save would: every save of one of its chapters waits for it. */
    private Connection heldBook() throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var lock = connection.prepareStatement("select id from publication where id = ? for update")) {
            lock.setLong(1, book);
            lock.executeQuery();
        }
        return connection;
    }

    /** Waits (not a timing assertion: a bound so that a broken test fails instead of hanging) until that many saves wait on a lock. */
    private void awaitSavesWaitingOnALock(int saves) {
        await("the saves to meet on a lock").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject("""
                        select count(*) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""",
                        Integer.class) >= saves);
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
