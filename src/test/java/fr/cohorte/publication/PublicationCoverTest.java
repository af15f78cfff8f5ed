package fr.cohorte.publication;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.publication.internal.PdfBookRenderer;
import fr.cohorte.web.CraftedImages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator gives the book a cover: an image with its alternative text, shown in the catalogue and printed first. */
@CohorteTest(properties = {
        "cohorte.demo.enabled=true",
        "cohorte.demo.render-book=true",
        "cohorte.publication.max-upload-size=64KB",
        "spring.servlet.multipart.max-file-size=10MB",
        "spring.servlet.multipart.max-request-size=10MB"})
class PublicationCoverTest {

    static final String PASSWORD = "Un mot de passe de test assez long";
    static final String ALT = "Une photographie de la promotion devant l’institut";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Publications publications;

    long book;
    String metadata;
    String upload;

    @BeforeEach
    void aBookWithOneChapter() {
        book = jdbc.queryForObject("insert into publication (title, language) values ('Un ouvrage illustré', 'fr') returning id", Long.class);
        jdbc.update("insert into chapter (publication_id, ordinal, title, summary, body) values (?, 1, 'Premier chapitre', null, 'Un texte.')", book);
        metadata = "/publications/" + book + "/manage/metadata";
        upload = "/publications/" + book + "/manage/cover";
    }

    @Test
    void aFileThatIsNotAnImageTooLargeOrWithoutAlternativeTextIsRefusedWithItsReason() {
        BrowserlessSession coordinator = coordinator();

        coordinator.get(metadata);
        Document notAnImage = coordinator.submitWithFile(upload, Map.of("alternativeText", ALT), "file", "couverture.png",
                "image/png", "Ceci n’est pas une image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notAnImage.select("#cover-file-messages").text()).contains("n’est pas une image JPEG ou PNG");
        assertThat(notAnImage.select("#alternativeText").text()).as("the alternative text typed is kept").isEqualTo(ALT);

        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;
        Document refusedSize = coordinator.submitWithFile(upload, Map.of("alternativeText", ALT), "file", "couverture.jpg",
                "image/jpeg", tooLarge);
        assertThat(refusedSize.select("#cover-file-messages").text()).contains("dépasse 5 Mo");

        Document withoutAlt = coordinator.submitWithFile(upload, Map.of("alternativeText", "  "), "file", "couverture.png",
                "image/png", transparentPng());
        assertThat(withoutAlt.select("#alternativeText-messages").text()).contains("Décrivez l’image");

        assertThat(jdbc.queryForObject("select count(*) from publication_cover where publication_id = ?", Integer.class, book)).isZero();
        assertThat(coordinator.get("/publications/" + book).select("img#cover")).isEmpty();
    }

    @Test
    void aCoverAnnouncingFiftyThousandPixelsASideIsRefusedWithTheLimitInTheReadersLanguage() {
        BrowserlessSession coordinator = coordinator();
        coordinator.get(metadata + "?lang=en");

        Document refused = coordinator.submitWithFile(upload, Map.of("alternativeText", ALT), "file", "couverture.png",
                "image/png", CraftedImages.pngAnnouncing(50_000, 50_000));

        assertThat(refused.select("#cover-file-messages").text())
                .isEqualTo("This image is 50000 × 50000 pixels: an image may be at most 8000 pixels a side. Make it smaller before uploading it.");
        assertThat(refused.select("#alternativeText").text()).as("the alternative text typed is kept").isEqualTo(ALT);
        assertThat(jdbc.queryForObject("select count(*) from publication_cover where publication_id = ?", Integer.class, book)).isZero();
    }

    @Test
    void aTransparentPngBecomesAnOpaqueCoverShownWithItsAltAndPrintedFirstInAConformingPdf() throws IOException {
        BrowserlessSession coordinator = coordinator();
        coordinator.get(metadata);

        Document saved = coordinator.submitWithFile(upload, Map.of("alternativeText", ALT), "file", "couverture.png", "image/png", transparentPng());

        assertThat(saved.select("#cover ~ div[role=status]").text()).contains("La couverture est enregistrée");
        Document detail = new BrowserlessSession(port).get("/publications/" + book);
        assertThat(detail.select("img#cover").attr("alt")).isEqualTo(ALT);
        HttpResponse<byte[]> image = new BrowserlessSession(port).download(detail.select("img#cover").attr("src"));
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(served.getColorModel().hasAlpha()).as("flattened on white for PDF/A").isFalse();
        assertThat(new Color(served.getRGB(0, 0))).isEqualTo(Color.WHITE);

        BookModel printed = publications.book(book);
        assertThat(printed.cover().alternativeText()).isEqualTo(ALT);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfBookRenderer().render(printed, pdf);
        assertThat(PdfConformance.failedRules(pdf.toByteArray(), PDFAFlavour.PDFA_3_U)).isEmpty();
        assertThat(PdfConformance.failedRules(pdf.toByteArray(), PDFAFlavour.PDFUA_1)).isEmpty();

        coordinator.get(metadata);
        coordinator.submit("/publications/" + book + "/manage/cover/remove", Map.of());
        assertThat(coordinator.get("/publications/" + book).select("img#cover")).isEmpty();
        assertThat(publications.book(book).cover()).isNull();
    }

    /** A red disc on a transparent background. */
    private static byte[] transparentPng() {
        BufferedImage image = new BufferedImage(300, 450, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillOval(50, 100, 200, 200);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private BrowserlessSession coordinator() {
        String email = "couverture-" + System.nanoTime() + "@ouvrage.test";
        accounts.create(email, RoleGrant.scoped(Role.COORDINATOR, book), PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        session.logIn(email, PASSWORD);
        return session;
    }
}
