package fr.cohorte.publication;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.web.SiteAddress;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web edition: a page per chapter, public like the book's, with the chapter's text, authors,
 * citation as a part of the edited book, Scholar tags, its own DOI, the chapters around it and the
 * book's files. An edited volume of the test's own, and the demo book for its rendered PDF.
 */
// The same properties as PublicationCatalogueTest, so that both share one application and its rendered demo book.
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class WebEditionTest {

    static final String PASSWORD = "Un mot de passe de test assez long";
    static final String BODY = """
            # Ce que disent les acteurs

            Les groupements d'employeurs partagent des salariés[^1].

            ## Une condition

            Se connaître d'abord.

            [^1]: Entre plusieurs entreprises d'un même territoire.
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SiteAddress site;

    @Autowired
    BookRendering rendering;

    @Autowired
    Chapters chapters;

    long book;
    long demoBook;

    /** "Territoires qui coopèrent", directed by Claire Moreau, published by an institute, its second chapter by two authors. */
    @BeforeEach
    void anEditedVolumeOfThreeChapters() {
        demoBook = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        rendering.running(demoBook).ifPresent(CompletableFuture::join);
        long publisher = jdbc.queryForObject("insert into organisation (name, short_name, kind) values (?, ?, 'RESEARCH_BODY') returning id",
                Long.class, "Institut des territoires " + System.nanoTime(), "IdT");
        book = jdbc.queryForObject("insert into publication (title, subtitle, year, language, licence) "
                + "values ('Territoires qui coopèrent', 'Enquêtes', 2025, 'fr', 'CC_BY') returning id", Long.class);
        jdbc.update("insert into publication_contributor (publication_id, position, person_id, role) values (?, 1, ?, 'COORDINATOR')",
                book, person("Claire", "Moreau"));
        jdbc.update("insert into publication_publisher (publication_id, position, organisation_id) values (?, 1, ?)", book, publisher);
        jdbc.update("insert into publication_isbn (publication_id, format, isbn) values (?, 'PDF', '978-2-11-000001-9')", book);
        jdbc.update("insert into chapter (publication_id, ordinal, title, summary) values (?, 1, 'Un état des lieux', 'Ce que montrent les chiffres.')", book);
        long second = jdbc.queryForObject("insert into chapter (publication_id, ordinal, title, summary, body) "
                + "values (?, 2, 'Des employeurs qui partagent', 'Les groupements d''employeurs.', ?) returning id", Long.class, book, BODY);
        jdbc.update("insert into chapter_author (chapter_id, position, person_id) values (?, 1, ?), (?, 2, ?)",
                second, person("Jeanne", "Dupont"), second, person("Ali", "Benali"));
        jdbc.update("insert into chapter (publication_id, ordinal, title, summary) values (?, 3, 'Préconisations', 'Ce qu''il faut faire.')", book);
        // Its PDF, uploaded a day ago: the web edition shows the chapters as that file printed them.
        jdbc.update("insert into publication_file (publication_id, path, size_bytes, sha256, media_type, origin, stored_at) "
                + "values (?, 'territoires.pdf', 1024, ?, 'application/pdf', 'UPLOADED', now() - interval '1 day')", book, "0".repeat(64));
        secondChapter = second;
    }

    long secondChapter;

    /** Its ISBN is its own (PublicationMetadataTest gives the demo book 978-2-11-000000-2), and the application is shared with tests that count the catalogue's books. */
    @AfterEach
    void removeTheVolume() {
        jdbc.update("delete from publication where id = ?", book);
    }

    @Test
    void eachChapterHasAPublicPageWithItsTextItsAuthorsAndTheChaptersAroundIt() {
        BrowserlessSession visitor = new BrowserlessSession(port);

        Document chapter = visitor.get(chapterPath(2));

        assertThat(visitor.status()).isEqualTo(200);
        assertThat(chapter.select("h1").text()).isEqualTo("Des employeurs qui partagent");
        assertThat(chapter.select("#chapter-authors").text()).isEqualTo("par Jeanne Dupont, Ali Benali");
        assertThat(chapter.select("#chapter-of").text()).contains("Chapitre 2").contains("Territoires qui coopèrent : Enquêtes");
        assertThat(chapter.select("#chapter-text").attr("lang")).isEqualTo("fr");
        assertThat(chapter.select("#chapter-text h2").text()).as("the author's first level comes under the page's h1")
                .isEqualTo("Ce que disent les acteurs");
        assertThat(chapter.select("#chapter-text h3").text()).isEqualTo("Une condition");
        assertThat(chapter.select("#chapter-text section.footnotes li").text()).contains("Entre plusieurs entreprises");
        assertThat(chapter.select("#previous-chapter").attr("href")).isEqualTo(chapterPath(1));
        assertThat(chapter.select("#previous-chapter").text()).isEqualTo("Chapitre précédent : Un état des lieux");
        assertThat(chapter.select("#next-chapter").attr("href")).isEqualTo(chapterPath(3));
        assertThat(chapter.select("#book-contents").attr("href")).isEqualTo("/publications/" + book + "#chapters");

        Document first = visitor.get(chapterPath(1));
        assertThat(first.select("#previous-chapter")).isEmpty();
        assertThat(first.select("#chapter-text").text()).as("a chapter not written yet shows its summary, as the book prints it")
                .isEqualTo("Ce que montrent les chiffres.");
        assertThat(visitor.get(chapterPath(3)).select("#next-chapter")).isEmpty();
        assertThat(visitor.get("/publications/" + book).select("#chapter-list a").eachAttr("href"))
                .containsExactly(chapterPath(1), chapterPath(2), chapterPath(3));
    }

    @Test
    void whatIsWrittenAfterTheBooksFileStaysOffTheWebUntilTheBookIsPublishedAgain() {
        String coordinator = accounts.create("coordinatrice-" + System.nanoTime() + "@example.org", RoleGrant.scoped(Role.COORDINATOR, book),
                "Un mot de passe de coordination");
        chapters.edit(book, secondChapter, jdbc.queryForObject("select version from chapter where id = ?", Long.class, secondChapter),
                "Des employeurs qui partagent", "# Brouillon\n\nUne idée à ne pas publier encore.", coordinator);

        Document published = new BrowserlessSession(port).get(chapterPath(2));
        assertThat(published.select("#chapter-text").text()).contains("Les groupements d'employeurs partagent des salariés")
                .doesNotContain("Une idée à ne pas publier encore");

        jdbc.update("update publication_file set stored_at = now() where publication_id = ?", book);
        assertThat(new BrowserlessSession(port).get(chapterPath(2)).select("#chapter-text").text()).contains("Une idée à ne pas publier encore");

        jdbc.update("delete from publication_file where publication_id = ?", book);
        assertThat(new BrowserlessSession(port).get(chapterPath(2)).select("#chapter-text").text())
                .as("a book without a file shows its chapters' summaries, as its page does").isEqualTo("Les groupements d'employeurs.");
    }

    @Test
    void aChapterTheBookDoesNotHaveIsNotFoundAndSaysSo() {
        BrowserlessSession visitor = new BrowserlessSession(port);

        Document missing = visitor.get(chapterPath(9));

        assertThat(visitor.status()).isEqualTo(404);
        assertThat(missing.text()).contains("La publication n° " + book + " n’a pas de chapitre 9.");
        visitor.download(chapterPath(9) + "/citation.bib");
        assertThat(visitor.status()).isEqualTo(404);
    }

    @Test
    void theChapterPageTellsScholarItIsAChapterOfTheBook() {
        setChapterDois(Map.of("chapterDois[2]", "https://doi.org/10.1234/territoires.2"));

        Document chapter = new BrowserlessSession(port).get(chapterPath(2));

        assertThat(chapter.select("meta[name=citation_title]").attr("content")).isEqualTo("Des employeurs qui partagent");
        assertThat(chapter.select("meta[name=citation_author]").eachAttr("content")).containsExactly("Dupont, Jeanne", "Benali, Ali");
        assertThat(chapter.select("meta[name=citation_inbook_title]").attr("content")).isEqualTo("Territoires qui coopèrent : Enquêtes");
        assertThat(chapter.select("meta[name=citation_editor]").eachAttr("content")).containsExactly("Moreau, Claire");
        assertThat(chapter.select("meta[name=citation_isbn]").eachAttr("content")).containsExactly("978-2-11-000001-9");
        assertThat(chapter.select("meta[name=citation_publisher]").eachAttr("content")).containsExactly("IdT");
        assertThat(chapter.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2025");
        assertThat(chapter.select("meta[name=citation_doi]").attr("content")).isEqualTo("10.1234/territoires.2");
        assertThat(chapter.select("meta[name=citation_abstract_html_url]").attr("content")).isEqualTo(site.link(chapterPath(2)));
        assertThat(chapter.select("meta[name=citation_pdf_url]").attr("content")).isEqualTo(site.link("/publications/" + book + "/pdf"));
        assertThat(chapter.select("meta[name=DCTERMS.isPartOf]").attr("content")).isEqualTo(site.link("/publications/" + book));
        assertThat(chapter.select("#chapter-doi").attr("href")).isEqualTo("https://doi.org/10.1234/territoires.2");

        Document demoChapter = new BrowserlessSession(port).get("/publications/" + demoBook + "/chapters/1");
        assertThat(demoChapter.select("meta[name=citation_pdf_url]").attr("content")).isEqualTo(site.link("/publications/" + demoBook + "/pdf"));
        assertThat(demoChapter.select("meta[name=citation_author]").eachAttr("content"))
                .as("a chapter without authors is credited to the book's coordinators").containsExactly("Rosenfeld, P.-L.", "Aubert, J.-P.");
    }

    @Test
    void aChapterIsCitedAsAPartOfTheEditedBookInEveryFormat() {
        setChapterDois(Map.of("chapterDois[2]", "10.1234/territoires.2"));
        BrowserlessSession visitor = new BrowserlessSession(port);

        HttpResponse<byte[]> bibtex = visitor.download(chapterPath(2) + "/citation.bib");
        HttpResponse<byte[]> ris = visitor.download(chapterPath(2) + "/citation.ris");
        HttpResponse<byte[]> csl = visitor.download(chapterPath(2) + "/citation.json");

        assertThat(bibtex.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("moreau2025-ch2.bib"));
        assertThat(text(bibtex)).startsWith("@incollection{moreau2025-ch2,\n")
                .contains("  title = {Des employeurs qui partagent},\n")
                .contains("  author = {Dupont, Jeanne and Benali, Ali},\n")
                .contains("  booktitle = {Territoires qui coopèrent : Enquêtes},\n")
                .contains("  editor = {Moreau, Claire},\n")
                .contains("  publisher = {IdT},\n")
                .contains("  isbn = {978-2-11-000001-9},\n")
                .contains("  doi = {10.1234/territoires.2},\n")
                .contains("  url = {" + site.link(chapterPath(2)) + "},\n");
        assertThat(text(ris)).startsWith("TY  - CHAP\r\nTI  - Des employeurs qui partagent\r\nT2  - Territoires qui coopèrent : Enquêtes\r\n")
                .contains("AU  - Dupont, Jeanne\r\nAU  - Benali, Ali\r\n")
                .contains("ED  - Moreau, Claire\r\n")
                .contains("PB  - IdT\r\n")
                .contains("SN  - 978-2-11-000001-9\r\n")
                .contains("DO  - 10.1234/territoires.2\r\n")
                .endsWith("ER  - \r\n");
        JsonNode item = JsonMapper.builder().build().readTree(text(csl)).get(0);
        assertThat(item.get("type").asString()).isEqualTo("chapter");
        assertThat(item.get("title").asString()).isEqualTo("Des employeurs qui partagent");
        assertThat(item.get("container-title").asString()).isEqualTo("Territoires qui coopèrent : Enquêtes");
        assertThat(item.get("author").get(1).get("family").asString()).isEqualTo("Benali");
        assertThat(item.get("editor").get(0).get("family").asString()).isEqualTo("Moreau");
        assertThat(item.get("ISBN").asString()).isEqualTo("978-2-11-000001-9");
        assertThat(item.get("DOI").asString()).isEqualTo("10.1234/territoires.2");
        assertThat(item.get("publisher").asString()).isEqualTo("IdT");

        assertThat(visitor.get(chapterPath(2)).select("#citation").text()).isEqualTo("Dupont Jeanne, Benali Ali (2025). Des employeurs qui "
                + "partagent. Dans Moreau Claire (dir.), Territoires qui coopèrent : Enquêtes. IdT. https://doi.org/10.1234/territoires.2");
        assertThat(visitor.get(chapterPath(2) + "?lang=en").select("#citation").text()).contains(". In Moreau Claire (eds.), ");
        assertThat(text(visitor.download("/publications/" + book + "/citation.bib"))).as("the book is still cited as a book")
                .startsWith("@book{moreau2025,\n").doesNotContain("10.1234/territoires.2");
    }

    @Test
    void aChaptersDoiIsSetWithTheBooksDescriptionAndCheckedLikeTheBooks() {
        Document refused = setChapterDois(Map.of("chapterDois[2]", "10.1234/territoires.2", "chapterDois[3]", "pas un DOI"));

        assertThat(refused.select("#chapterDois3-messages").text()).startsWith("Ce DOI n’est pas valide");
        assertThat(refused.select("#chapterDois3").val()).as("what was typed is kept").isEqualTo("pas un DOI");
        assertThat(refused.select("label[for=chapterDois3]").text()).isEqualTo("Chapitre 3 : Préconisations");
        assertThat(doi(2)).as("nothing is saved while a field is wrong").isNull();

        setChapterDois(Map.of("chapterDois[2]", "doi:10.1234/territoires.2", "chapterDois[3]", ""));

        assertThat(doi(2)).isEqualTo("10.1234/territoires.2");
        assertThat(doi(3)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where target = 'publication:' || ? "
                + "and array_to_string(changes, '|') like '%10.1234/territoires.2%'", Integer.class, book))
                .as("the change is in the audit trail").isPositive();
    }

    @Test
    void theDemoBooksChapterPageOffersTheWholeBooksFiles() {
        Document chapter = new BrowserlessSession(port).get("/publications/" + demoBook + "/chapters/2");

        assertThat(chapter.select("#download a[href$=/pdf]").text()).matches("Télécharger le PDF \\(\\d+ (ko|Mo)\\)");
        assertThat(chapter.select("#download a[href$=/epub]")).hasSize(1);
        // Other tests of this application edit the demo's chapters (ChapterVersionsTest, ChapterCardsTest): whatever it holds, it shows.
        assertThat(chapter.select("#chapter-text p")).isNotEmpty();
        assertThat(chapter.select("#citation").text()).as("a chapter without authors is credited to the book's editors, named once")
                .isEqualTo("Rosenfeld P.-L., Aubert J.-P. (dir.) (2016). Coopérer autrement : de nouveaux espaces de coopération. Dans "
                        + "Construire des espaces de coopération pour l'emploi, la formation et le développement économique : Travaux de "
                        + "la 34e session nationale de l'Intefp. Céreq, Intefp.");
    }

    /** Staff save the book's description as it stands, with these chapter DOIs typed; answers the page they land on. */
    private Document setChapterDois(Map<String, String> dois) {
        String email = "staff-" + System.nanoTime() + "@edition.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        String path = "/publications/" + book + "/manage/metadata";
        Document form = staff.get(path);
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("form[action=" + path + "] input[type=text]").forEach(input -> fields.put(input.attr("name"), input.val()));
        form.select("form[action=" + path + "] textarea").forEach(area -> fields.put(area.attr("name"), area.val()));
        form.select("form[action=" + path + "] select").forEach(select -> fields.put(select.attr("name"),
                select.select("option[selected]").isEmpty() ? select.select("option").first().val() : select.select("option[selected]").val()));
        fields.putAll(dois);
        Document landed = staff.submit(path, fields);
        assertThat(landed.select("#chapter-dois, .fr-alert--success").text()).as("saved, or refused on a chapter's DOI only")
                .isNotEmpty();
        return landed;
    }

    private String doi(int chapter) {
        return jdbc.queryForObject("select doi from chapter where publication_id = ? and ordinal = ?", String.class, book, chapter);
    }

    private String chapterPath(int number) {
        return "/publications/" + book + "/chapters/" + number;
    }

    private long person(String given, String family) {
        return jdbc.queryForObject("insert into person (given_name, family_name) values (?, ?) returning id", Long.class, given, family);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
