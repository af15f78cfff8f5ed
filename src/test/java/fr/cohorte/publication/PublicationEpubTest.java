package fr.cohorte.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The EPUB edition as the catalogue serves it: rendered with the PDF, offered beside it, resumable and counted. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class PublicationEpubTest {

    static final String EPUB_ISBN = "979-10-90636-07-1";
    static final String PASSWORD = "Un mot de passe de test assez long";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookRendering rendering;

    @Autowired
    PublicationProperties properties;

    @Autowired
    TestAccounts accounts;

    final HttpClient http = HttpClient.newHttpClient();
    long demoBook;

    @BeforeEach
    void theDemoBookIsRendered() {
        demoBook = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        rendering.running(demoBook).ifPresent(CompletableFuture::join);
    }

    @Test
    void theDemoBookHasAnEpubBesideItsPdfThatEpubcheckFindsWithoutAnErrorOrAWarning() throws IOException {
        Map<String, Object> stored = jdbc.queryForMap("select * from publication_epub where publication_id = ?", demoBook);
        HttpResponse<byte[]> epub = get("/publications/" + demoBook + "/epub", Map.of());

        assertThat(epub.statusCode()).isEqualTo(200);
        assertThat(epub.headers().firstValue("Content-Type")).hasValue("application/epub+zip");
        assertThat(epub.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("rosenfeld2016.epub"));
        assertThat(epub.headers().firstValue("ETag")).hasValue("\"" + sha256(epub.body()) + "\"");
        assertThat(stored.get("sha256")).isEqualTo(sha256(epub.body()));
        assertThat(Files.size(properties.directory().resolve((String) stored.get("path")))).isEqualTo(stored.get("size_bytes"));
        assertThat(EpubConformance.problems(epub.body())).isEmpty();
        assertThat(EpubBookTest.files(epub.body()).get("EPUB/chapter-1.xhtml"))
                .contains("La « révolution » numérique : croissance et inégalités");
    }

    @Test
    void theEpubResumesWithRangeRevalidatesWithItsETagAndCountsAsAnEpubDownloadOnce() {
        String path = "/publications/" + demoBook + "/epub";
        byte[] whole = get(path, Map.of()).body();
        String etag = "\"" + sha256(whole) + "\"";
        long epubsBefore = downloads("EPUB");
        long pdfsBefore = downloads("PDF");

        HttpResponse<byte[]> start = get(path, Map.of("Range", "bytes=0-99"));
        HttpResponse<byte[]> rest = get(path, Map.of("Range", "bytes=100-"));
        HttpResponse<byte[]> unchanged = get(path, Map.of("If-None-Match", etag));

        assertThat(start.statusCode()).isEqualTo(206);
        assertThat(start.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + whole.length);
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).hasSize(whole.length - 100);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(downloads("EPUB")).as("the resumed part and the revalidation do not count").isEqualTo(epubsBefore + 1);
        assertThat(downloads("PDF")).isEqualTo(pdfsBefore);
    }

    @Test
    void theBookPageAndTheCatalogueOfferEachEditionWithItsIsbnFormatAndSize() {
        long book = jdbc.queryForObject("insert into publication (title, year, language) values ('Un ouvrage en deux éditions', 2026, 'fr')"
                + " returning id", Long.class);
        jdbc.update("insert into chapter (publication_id, ordinal, title, body) values (?, 1, 'Premier chapitre', 'Un texte[^1].\n\n[^1]: Une note.')",
                book);
        jdbc.update("insert into publication_isbn (publication_id, format, isbn) values (?, 'EPUB', ?)", book, EPUB_ISBN);
        rendering.start(book).join();

        Document page = page("/publications/" + book);
        Document catalogue = page("/publications?q=" + "deux%20éditions".replace("é", "%C3%A9"));

        assertThat(page.select("#edition-pdf a[href$=/pdf]").text()).matches("Télécharger le PDF \\(\\d+ (ko|Mo)\\)");
        assertThat(page.select("#edition-epub a[href$=/epub]").text()).matches("Télécharger l’EPUB \\(\\d+ (ko|Mo)\\)");
        assertThat(page.select("#edition-epub a").attr("type")).isEqualTo("application/epub+zip");
        assertThat(page.select("#edition-epub p").text()).startsWith("EPUB 3 accessible").matches(".* · \\d+ (ko|Mo) · ISBN " + EPUB_ISBN);
        assertThat(page.select("#edition-pdf p").text()).startsWith("PDF archivable et accessible").doesNotContain("ISBN");
        assertThat(catalogue.select("#publications .cohorte-edition").eachText()).hasSize(2)
                .anySatisfy(edition -> assertThat(edition).matches("PDF \\(\\d+ (ko|Mo)\\)"))
                .anySatisfy(edition -> assertThat(edition).matches("EPUB \\(\\d+ (ko|Mo)\\) · ISBN " + EPUB_ISBN));
        assertThat(EpubConformance.problems(get("/publications/" + book + "/epub", Map.of()).body())).isEmpty();
    }

    @Test
    void theManagementPageSaysTheEpubIsRenderedWithThePdfAndShowsIt() {
        String email = "epub-staff-" + System.nanoTime() + "@publication.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);

        Document managed = staff.get("/publications/" + demoBook + "/manage");

        assertThat(managed.select("#rendering-epub").text()).startsWith("L’EPUB accessible est généré en même temps");
        assertThat(managed.select("#epub-facts").text()).contains("octets").contains("Téléchargements");
        assertThat(managed.select("a[href$=/epub]").text()).isEqualTo("Ouvrir l’EPUB");
    }

    @Test
    void harvestersAreToldTheBookComesAsPdfAndAsEpub() {
        String records = new String(get("/oai?verb=ListRecords&metadataPrefix=oai_dc", Map.of()).body(), StandardCharsets.UTF_8);

        assertThat(records).contains("<dc:format>application/pdf</dc:format>", "<dc:format>application/epub+zip</dc:format>");
    }

    private long downloads(String format) {
        return jdbc.queryForObject("select coalesce(sum(downloads), 0) from publication_download where publication_id = ? and format = ?",
                Long.class, demoBook, format);
    }

    private Document page(String path) {
        HttpResponse<byte[]> response = get(path, Map.of("Accept", "text/html", "Accept-Language", "fr"));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), "http://localhost:" + port + path);
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
