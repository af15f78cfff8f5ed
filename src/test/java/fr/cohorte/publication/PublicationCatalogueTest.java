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
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.Role;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.web.SiteAddress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The public catalogue, the book's PDF (rendered or uploaded), its downloads and its citations. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class PublicationCatalogueTest {

    static final String PASSWORD = "Un mot de passe de test assez long";
    static final byte[] SMALL_PDF = TestPdfs.onePage();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BookRendering rendering;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublicationProperties properties;

    @Autowired
    SiteAddress site;

    final HttpClient http = HttpClient.newHttpClient();
    long demoBook;

    @BeforeEach
    void theDemoBookIsRendered() {
        demoBook = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        rendering.running(demoBook).ifPresent(CompletableFuture::join);
    }

    @Test
    void theDemoBookHasARenderedPdfThatTheCatalogueServes() throws Exception {
        Map<String, Object> file = jdbc.queryForMap("select * from publication_file where publication_id = ?", demoBook);
        HttpResponse<byte[]> pdf = get("/publications/" + demoBook + "/pdf", Map.of());

        assertThat(file.get("origin")).isEqualTo("RENDERED");
        assertThat(Files.size(properties.directory().resolve((String) file.get("path")))).isEqualTo(file.get("size_bytes"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("rosenfeld2016.pdf"));
        assertThat(pdf.headers().firstValue("ETag")).hasValue("\"" + sha256(pdf.body()) + "\"");
        assertThat(file.get("sha256")).isEqualTo(sha256(pdf.body()));
        assertThat(rendering.latest(demoBook)).hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(RenderingState.SUCCEEDED));
    }

    @Test
    void theDemoBookRenderedFromTheDatabaseIsArchivalAndAccessible() {
        byte[] pdf = get("/publications/" + demoBook + "/pdf", Map.of()).body();

        assertThat(PdfConformance.failedRules(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
        assertThat(PdfConformance.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void theCatalogueFindsTheBookByYearSessionPublisherAndWords() {
        long cereq = jdbc.queryForObject("select id from organisation where short_name = 'Céreq'", Long.class);

        String demoTitle = "Construire des espaces de coopération pour l'emploi, la formation et le développement économique";

        assertThat(titles("/publications")).contains(demoTitle);
        assertThat(titles("/publications?year=2016")).containsExactly(demoTitle);
        assertThat(titles("/publications?year=2015")).isEmpty();
        assertThat(titles("/publications?session=34")).containsExactly(demoTitle);
        assertThat(titles("/publications?session=33")).isEmpty();
        assertThat(titles("/publications?publisher=" + cereq)).containsExactly(demoTitle);
        assertThat(titles("/publications?q=NUMÉRIQUE")).containsExactly(demoTitle);
        assertThat(titles("/publications?q=Rosenfeld")).containsExactly(demoTitle);
        assertThat(titles("/publications?q=astronomie")).isEmpty();
        assertThat(page("/publications?q=astronomie").select("#publication-count").text()).isEqualTo("Aucune publication");
    }

    @Test
    void theBookPageShowsAbstractChaptersLicenceDownloadAndAFormattedCitation() {
        Document book = page("/publications/" + demoBook);

        assertThat(book.select("h1").text()).startsWith("Construire des espaces de coopération");
        assertThat(book.select(".cohorte-facts").text()).contains("P.-L. Rosenfeld, J.-P. Aubert").contains("Céreq, Intefp")
                .contains("2016").contains("34e session nationale").contains("CC BY-NC-ND 4.0");
        assertThat(book.select("#abstract + p").text()).startsWith("Cet ouvrage, coédité par le Céreq et l'Intefp");
        assertThat(book.select("#chapter-list li")).hasSize(3);
        assertThat(book.select("#download a[href$=/pdf]").text()).matches("Télécharger le PDF \\(\\d+ (ko|Mo)\\)");
        assertThat(book.select("#citation").text()).isEqualTo("Rosenfeld P.-L., Aubert J.-P. (dir.) (2016). Construire des espaces "
                + "de coopération pour l'emploi, la formation et le développement économique : Travaux de la 34e session nationale "
                + "de l'Intefp. Céreq, Intefp.");
        assertThat(page("/publications/" + demoBook + "?lang=en").select("#citation").text()).contains("(eds.) (2016)");
    }

    @Test
    void theBookPageCarriesGoogleScholarAndDublinCoreTags() {
        Document book = page("/publications/" + demoBook);

        assertThat(book.select("meta[name=citation_title]").attr("content")).startsWith("Construire des espaces");
        assertThat(book.select("meta[name=citation_author]").eachAttr("content")).containsExactly("Rosenfeld, P.-L.", "Aubert, J.-P.");
        assertThat(book.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2016");
        assertThat(book.select("meta[name=citation_publisher]").eachAttr("content")).containsExactly("Céreq", "Intefp");
        assertThat(book.select("meta[name=citation_pdf_url]").attr("content")).isEqualTo(site.link("/publications/" + demoBook + "/pdf"));
        assertThat(book.select("link[rel=schema.DC]")).hasSize(1);
        assertThat(book.select("meta[name=DC.creator]").eachAttr("content")).containsExactly("Rosenfeld, P.-L.", "Aubert, J.-P.");
        assertThat(book.select("meta[name=DC.language]").attr("content")).isEqualTo("fr");
        assertThat(book.select("meta[name=DC.rights]").attr("content")).isEqualTo("https://creativecommons.org/licenses/by-nc-nd/4.0/");
        assertThat(book.select("meta[name=DC.subject]").eachAttr("content")).contains("coopération", "économie numérique");
        assertThat(book.select("title").text()).startsWith("Construire des espaces");
    }

    @Test
    void citationsDownloadAsBibtexRisAndCslJson() {
        HttpResponse<byte[]> bibtex = get("/publications/" + demoBook + "/citation.bib", Map.of());
        HttpResponse<byte[]> ris = get("/publications/" + demoBook + "/citation.ris", Map.of());
        HttpResponse<byte[]> csl = get("/publications/" + demoBook + "/citation.json", Map.of());

        assertThat(bibtex.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("rosenfeld2016.bib"));
        assertThat(text(bibtex)).startsWith("@book{rosenfeld2016,\n")
                .contains("  editor = {Rosenfeld, P.-L. and Aubert, J.-P.},\n")
                .contains("  publisher = {Céreq and Intefp},\n")
                .contains("  year = {2016},\n")
                .contains("  url = {" + site.link("/publications/" + demoBook) + "},\n");
        assertThat(text(ris)).startsWith("TY  - BOOK\r\n")
                .contains("ED  - Rosenfeld, P.-L.\r\nED  - Aubert, J.-P.\r\n")
                .contains("PB  - Céreq\r\nPB  - Intefp\r\n")
                .contains("PY  - 2016\r\n")
                .endsWith("ER  - \r\n");
        JsonNode item = JsonMapper.builder().build().readTree(text(csl)).get(0);
        assertThat(csl.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/vnd.citationstyles.csl+json"));
        assertThat(item.get("type").asString()).isEqualTo("book");
        assertThat(item.get("editor").get(0).get("family").asString()).isEqualTo("Rosenfeld");
        assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2016);
        assertThat(item.get("publisher").asString()).isEqualTo("Céreq, Intefp");
    }

    @Test
    void downloadsResumeWithRangeRevalidateWithTheirETagAndCountOnceEach() {
        String path = "/publications/" + demoBook + "/pdf";
        byte[] whole = get(path, Map.of()).body();
        String etag = "\"" + sha256(whole) + "\"";
        long before = downloads();

        HttpResponse<byte[]> start = get(path, Map.of("Range", "bytes=0-99"));
        HttpResponse<byte[]> rest = get(path, Map.of("Range", "bytes=100-"));
        HttpResponse<byte[]> unchanged = get(path, Map.of("If-None-Match", etag));
        HttpResponse<byte[]> outOfRange = get(path, Map.of("Range", "bytes=" + (whole.length + 10) + "-"));

        assertThat(start.statusCode()).isEqualTo(206);
        assertThat(start.body()).hasSize(100);
        assertThat(start.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + whole.length);
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(rest.body()).hasSize(whole.length - 100);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(outOfRange.statusCode()).isEqualTo(416);
        assertThat(downloads()).as("the resumed part, the revalidation and the refused range do not count").isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'publication_download'", String.class))
                .containsExactlyInAnyOrder("publication_id", "format", "day", "downloads");
    }

    @Test
    void anUploadThatIsNotAPdfOrTooLargeIsRefusedWithAClearMessageAndChangesNothing() {
        long book = newPublication("Un ouvrage sans chapitre");
        BrowserlessSession staff = staff();
        staff.get("/publications/" + book + "/manage");

        Document notPdf = staff.submitFile("/publications/" + book + "/manage/upload", "file", "livre.docx",
                "application/octet-stream", "PK\u0003\u0004 pas un PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.select("#upload-error").text()).contains("Ce fichier n’est pas un PDF");

        Document tooLarge = staff.submitFile("/publications/" + book + "/manage/upload", "file", "gros.pdf",
                "application/pdf", TestPdfs.ofAtLeast(65 * 1024));
        assertThat(tooLarge.select("#upload-error").text()).isEqualTo("Ce fichier dépasse la taille autorisée (64 ko).");

        assertThat(jdbc.queryForObject("select count(*) from publication_file where publication_id = ?", Integer.class, book)).isZero();
        assertThat(get("/publications/" + book + "/pdf", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadedPdfIsWhatTheCatalogueServes() {
        long book = newPublication("Un ouvrage composé ailleurs");
        BrowserlessSession staff = staff();
        staff.get("/publications/" + book + "/manage");

        Document managed = staff.submitFile("/publications/" + book + "/manage/upload", "file", "ouvrage.pdf", "application/pdf", SMALL_PDF);

        assertThat(managed.select(".fr-alert--success").text()).contains("ouvrage.pdf");
        assertThat(managed.select("#file-facts").text()).contains("Déposé").contains(SMALL_PDF.length + " octets");
        assertThat(get("/publications/" + book + "/pdf", Map.of()).body()).isEqualTo(SMALL_PDF);
        assertThat(page("/publications/" + book).select("#download a[href$=/pdf]").text()).isEqualTo("Télécharger le PDF (1 ko)");
    }

    @Test
    void theBooksFileAndRenderingTimesAreShownOnTheInstitutesClockToTheSecond() {
        DateTimeFormatter paris = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("UTC"));
        var storedAt = jdbc.queryForObject("select stored_at from publication_file where publication_id = ?", Timestamp.class, demoBook).toInstant();
        var finishedAt = jdbc.queryForObject("select max(finished_at) from publication_rendering where publication_id = ?",
                Timestamp.class, demoBook).toInstant();

        Document managed = staff().get("/publications/" + demoBook + "/manage");

        assertThat(managed.select("#file-facts").text()).contains(paris.format(storedAt)).doesNotContain(utc.format(storedAt));
        assertThat(managed.select("#rendering-succeeded").text()).contains(paris.format(finishedAt)).doesNotContain(utc.format(finishedAt));
    }

    @Test
    void aFailedRenderingKeepsThePreviousFileAndSaysWhy() {
        long book = newPublication("Un ouvrage encore vide");
        BrowserlessSession staff = staff();
        staff.get("/publications/" + book + "/manage");
        staff.submitFile("/publications/" + book + "/manage/upload", "file", "ouvrage.pdf", "application/pdf", SMALL_PDF);

        staff.submit("/publications/" + book + "/manage/render", Map.of());
        rendering.running(book).ifPresent(CompletableFuture::join);
        Document managed = staff.get("/publications/" + book + "/manage");

        assertThat(managed.select("#rendering-failed").text()).contains("aucun chapitre");
        assertThat(managed.select("#rendering").attr("hx-get")).as("no more polling once it has ended").isEmpty();
        assertThat(get("/publications/" + book + "/pdf", Map.of()).body()).isEqualTo(SMALL_PDF);
    }

    @Test
    void whileTheBookRendersThePageShowsTheStepAndKeepsAsking() {
        long book = newPublication("Un ouvrage en cours de mise en page");
        jdbc.update("insert into publication_rendering (publication_id, state, step, started_at) values (?, 'RENDERING', 2, now())", book);
        BrowserlessSession staff = staff();

        Document progress = staff.get("/publications/" + book + "/manage/rendering");

        assertThat(progress.select("label[for=rendering-progress]").text()).isEqualTo("Étape 2 sur 3 : mise en page du PDF");
        assertThat(progress.select("progress").attr("value")).isEqualTo("33");
        assertThat(progress.select("#rendering").attr("hx-get")).isEqualTo("/publications/" + book + "/manage/rendering");
        assertThat(progress.select("#rendering").attr("hx-trigger")).isEqualTo("every 1s");
    }

    @Test
    void aCoordinatorManagesTheirOwnPublicationOnly() {
        long other = newPublication("L’ouvrage d’une autre session");
        String email = accounts.create("coordination@publication.test", RoleGrant.scoped(Role.COORDINATOR, demoBook), PASSWORD);
        BrowserlessSession coordinator = new BrowserlessSession(port);
        coordinator.logIn(email, PASSWORD);

        assertThat(coordinator.get("/publications/" + demoBook).select("a[href$=/manage]")).hasSize(1);
        coordinator.get("/publications/" + demoBook + "/manage");
        assertThat(coordinator.status()).isEqualTo(200);
        assertThat(coordinator.get("/publications/" + other).select("a[href$=/manage]")).isEmpty();
        coordinator.get("/publications/" + other + "/manage");
        assertThat(coordinator.status()).isEqualTo(403);
    }

    private long newPublication(String title) {
        return jdbc.queryForObject("insert into publication (title, year, language) values (?, 2026, 'fr') returning id", Long.class, title);
    }

    private BrowserlessSession staff() {
        String email = "staff-" + System.nanoTime() + "@publication.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        return staff;
    }

    private long downloads() {
        return jdbc.queryForObject("select coalesce(sum(downloads), 0) from publication_download where publication_id = ?", Long.class, demoBook);
    }

    private java.util.List<String> titles(String path) {
        return page(path).select("#publications h2").eachText();
    }

    private Document page(String path) {
        HttpResponse<byte[]> response = get(path, Map.of("Accept", "text/html", "Accept-Language", "fr"));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(text(response), url(path));
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }


    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
