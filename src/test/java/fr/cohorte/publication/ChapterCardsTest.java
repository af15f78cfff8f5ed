package fr.cohorte.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.knowledge.ContributionKind;
import fr.cohorte.knowledge.ContributionVisibility;
import fr.cohorte.knowledge.Contributions;
import fr.cohorte.knowledge.PracticeDetails;
import fr.cohorte.knowledge.PracticeEvidence;
import fr.cohorte.knowledge.PracticeStage;
import fr.cohorte.knowledge.Practices;
import fr.cohorte.knowledge.Taxonomies;
import fr.cohorte.knowledge.Taxonomy;
import fr.cohorte.knowledge.Territory;
import fr.cohorte.knowledge.TerritoryKind;
import fr.cohorte.search.SearchReader;

/** Practice cards in a chapter, its preview, and a draft compiled from the cohort's notes added to it. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class ChapterCardsTest {

    static final String PASSWORD = "Un mot de passe de test assez long";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestAccounts accounts;
    @Autowired Publications publications;
    @Autowired Practices practices;
    @Autowired Taxonomies taxonomies;
    @Autowired Contributions contributions;

    long book;
    long chapter;
    String path;

    @BeforeEach
    void theSecondChapter() {
        book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        chapter = jdbc.queryForObject("select id from chapter where publication_id = ? and ordinal = 2", Long.class, book);
        path = "/publications/" + book + "/manage/chapters/" + chapter;
    }

    @AfterEach
    void putItBack() {
        jdbc.update("update chapter set body = '' where id = ?", chapter);
        jdbc.update("delete from practice where title like 'Carte %'");
        jdbc.update("delete from contribution where title like 'Carte %'");
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCardIsReadFromTheRegistryAtEachRenderingSoALaterEditShowsInTheNextOne() {
        long practice = practice("Carte : un groupement d’employeurs");
        body("Avant la carte.\n\n::practice[" + practice + "]\n");

        BookCard first = card(publications.book(book));
        assertThat(first.title()).isEqualTo("Carte : un groupement d’employeurs");
        assertThat(first.kind()).isEqualTo("Pratique de coopération");
        assertThat(first.lines()).extracting(BookCard.Line::value).contains("Loire-Atlantique (44)");
        assertThat(first.link()).as("not published yet: no public page to link to").isNull();

        jdbc.update("update practice set title = 'Carte : un groupement d’employeurs, renommé' where id = ?", practice);

        assertThat(card(publications.book(book)).title()).isEqualTo("Carte : un groupement d’employeurs, renommé");
    }

    @Test
    void aChapterNamingACardTheRegistryDoesNotHoldIsNotRendered() {
        body("::pratique[987654321]\n");

        assertThatThrownBy(() -> publications.book(book)).hasFieldOrPropertyWithValue("refusal.code", Publications.MISSING_CARD)
                .hasMessageContaining("::practice[987654321]");
    }

    @Test
    void thePreviewShowsTheCardWhereTheDirectiveStandsAndWarnsOfAMissingOne() {
        long practice = practice("Carte : une SCOP");
        body("Un paragraphe.\n\n::practice[" + practice + "]\n\nDans une phrase, ::practice[" + practice + "] reste du texte.\n\n"
                + "::recommendation[987654321]\n");

        Document preview = editor().get(path + "/preview");

        assertThat(preview.select(".cohorte-book-card")).hasSize(1);
        assertThat(preview.select(".cohorte-book-card").text()).contains("Carte : une SCOP", "Loire-Atlantique (44)");
        assertThat(preview.select("#chapter-preview").text()).contains("Dans une phrase, ::practice[" + practice + "] reste du texte.");
        assertThat(preview.select("#chapter-preview .fr-alert--warning").text())
                .contains("La fiche ::recommendation[987654321] n’existe pas dans le registre");
    }

    @Test
    void theCompiledDraftIsAddedAtTheEndOfTheChapterAsANewVersion() {
        body("Le début du chapitre.");
        shareANote("Carte : la note compilée", "Ce que la promotion a vu à Nantes.");
        BrowserlessSession editor = editor();
        Document page = editor.get(path + "/compile?seminar=3");
        assertThat(page.select("#compile-preview").text()).contains("Carte : la note compilée", "Ce que la promotion a vu à Nantes.");
        int versions = versions();

        Document chapterPage = editor.submit(path + "/compile", Map.of("seminar", "3",
                "version", page.select("input[name=version]").val()));

        assertThat(chapterPage.select("#compiled-appended").text()).contains("ajouté à la fin du chapitre");
        String body = jdbc.queryForObject("select body from chapter where id = ?", String.class, chapter);
        assertThat(body).startsWith("Le début du chapitre.\n\n").contains("#### Carte : la note compilée");
        assertThat(versions()).isGreaterThan(versions);
        assertThat(jdbc.queryForObject("select body from chapter_version where chapter_id = ? order by number desc limit 1",
                String.class, chapter)).as("the newest version is the chapter with the draft").isEqualTo(body);
    }

    @Test
    void aChapterSavedInTheMeantimeIsLeftAloneAndTheCoordinatorIsTold() {
        body("Le début du chapitre.");
        shareANote("Carte : une note de plus", "Encore une note.");
        BrowserlessSession editor = editor();
        Document page = editor.get(path + "/compile?seminar=3");
        jdbc.update("update chapter set body = 'Écrit par quelqu’un d’autre.', version = version + 1 where id = ?", chapter);

        Document refused = editor.submit(path + "/compile", Map.of("seminar", "3", "version", page.select("input[name=version]").val()));

        assertThat(refused.select("#compile-conflict").text()).contains("rien n’a été ajouté");
        assertThat(jdbc.queryForObject("select body from chapter where id = ?", String.class, chapter))
                .isEqualTo("Écrit par quelqu’un d’autre.");
    }

    private BookCard card(BookModel model) {
        return model.chapters().stream().filter(c -> c.number() == 2).findFirst().orElseThrow().cards().getFirst();
    }

    private long practice(String title) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("staff@example.org", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        // Another test of this context may have retired a term: a type still offered.
        long type = taxonomies.all(Taxonomy.PRACTICE_TYPE).stream().filter(term -> !term.isRetired()).findFirst().orElseThrow().getId();
        return practices.create(new PracticeDetails(title, type, Set.of(), Set.of(), new Territory(TerritoryKind.DEPARTMENT, "44"),
                Set.of(), null, null, PracticeStage.RUNNING, "Des entreprises partagent des salariés.", null, null, null, null,
                PracticeEvidence.CASE_STUDY, 34));
    }

    private void shareANote(String title, String text) {
        Long person = jdbc.queryForObject("""
                select p.person_id from participant p join session s on s.id = p.session_id where s.number = 34
                order by p.person_id limit 1""", Long.class);
        SearchReader author = new SearchReader(person, Set.of("ROLE_PARTICIPANT", "PARTICIPANT:34"));
        Long activity = jdbc.queryForObject("select id from activity where title like 'Visite de la SCOP Exemple%'", Long.class);
        var note = contributions.create(34, new Contributions.Subject(ContributionKind.NOTE, title, activity, null, null, null), author);
        contributions.save(note.getId(), note.getRevision(), title, text, author);
        contributions.showTo(note.getId(), ContributionVisibility.COHORT, author);
    }

    private void body(String markdown) {
        jdbc.update("update chapter set body = ? where id = ?", markdown, chapter);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from chapter_version where chapter_id = ?", Integer.class, chapter);
    }

    private BrowserlessSession editor() {
        String email = "carte-" + System.nanoTime() + "@chapitre.test";
        accounts.create(email, RoleGrant.scoped(Role.COORDINATOR, book), PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}
