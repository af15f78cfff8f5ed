package fr.cohorte.publication;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.audit.AuditEntries;
import fr.cohorte.audit.AuditEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change to a book is in the audit trail, told in the reader's language with the values
 * before and after: chapter saves and restores with their version, review moves, comments, the
 * description, the cover, the PDF rendered or uploaded, the EPUB rendered with it, and the coordinators.
 */
@CohorteTest
class PublicationAuditTest {

    static final String PASSWORD = "Le journal des ouvrages en deux langues";
    static final String TITLE = "Le livre du journal";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditEntries trail;

    @Autowired
    BookRendering rendering;

    long book;
    long chapter;
    String staffEmail;
    BrowserlessSession staff;

    @BeforeEach
    void aBookWithOneChapterAndAStaffMember() {
        book = jdbc.queryForObject("insert into publication (title, language) values (?, 'fr') returning id", Long.class, TITLE);
        chapter = jdbc.queryForObject("insert into chapter (publication_id, ordinal, title, body) values (?, 1, 'Premier chapitre', 'Un texte.')"
                + " returning id", Long.class, book);
        staffEmail = "journal-ouvrage-" + System.nanoTime() + "@cohorte.test";
        accounts.create(staffEmail, RoleGrant.global(Role.STAFF), PASSWORD);
        staff = new BrowserlessSession(port);
        staff.logIn(staffEmail, PASSWORD);
    }

    @Test
    void chapterSavesRestoresReviewMovesAndCommentsAreAuditedWithTheirVersionAndStateInTheReadersLanguage() {
        String path = "/publications/" + book + "/manage/chapters/" + chapter;
        staff.get(path);
        staff.submit(path, Map.of("title", "Chapitre premier", "body", "Un texte revu."));
        staff.get(path);
        staff.submit(path + "/state", Map.of("state", "IN_REVIEW"));
        staff.submit(path + "/comments", Map.of("comment", "Citer la source du tableau."));
        staff.get(path);
        staff.submit(path + "/versions/1/restore", Map.of());

        assertThat(trail.read("chapter:" + chapter, Locale.FRENCH)).containsExactly(
                "UPDATED Chapitre « Chapitre premier » de « " + TITLE + " » enregistré en version 2 — titre : Premier chapitre → Chapitre premier",
                "UPDATED Chapitre « Chapitre premier » de « " + TITLE + " » changé d’état — état : Brouillon → En relecture",
                "CREATED Commentaire laissé sur le chapitre « Chapitre premier » de « " + TITLE + " »",
                "UPDATED Chapitre « Premier chapitre » de « " + TITLE + " » : version 1 rétablie, enregistrée en version 3"
                        + " — titre : Chapitre premier → Premier chapitre");
        assertThat(trail.read("chapter:" + chapter, Locale.ENGLISH)).containsExactly(
                "UPDATED Chapter “Chapitre premier” of “" + TITLE + "” saved as version 2 — title: Premier chapitre → Chapitre premier",
                "UPDATED Chapter “Chapitre premier” of “" + TITLE + "” changed state — state: Draft → In review",
                "CREATED Comment left on chapter “Chapitre premier” of “" + TITLE + "”",
                "UPDATED Chapter “Premier chapitre” of “" + TITLE + "”: version 1 restored, saved as version 3"
                        + " — title: Chapitre premier → Premier chapitre");
        assertThat(trail.about("chapter:" + chapter)).extracting(AuditEvent::getActor).containsOnly(staffEmail);
    }

    @Test
    void theDescriptionTheCoverAndAnUploadedPdfAreAuditedWithTheirValuesBeforeAndAfter() throws IOException {
        String metadata = "/publications/" + book + "/manage/metadata";
        staff.get(metadata);
        staff.submit(metadata, Map.of("title", TITLE + ", revu", "language", "fr", "year", "2026", "licence", "CC_BY"));
        staff.get(metadata);
        staff.submitWithFile("/publications/" + book + "/manage/cover", Map.of("alternativeText", "La promotion devant l’institut"),
                "file", "couverture.png", "image/png", png());
        staff.get(metadata);
        staff.submit("/publications/" + book + "/manage/cover/remove", Map.of());
        staff.get("/publications/" + book + "/manage");
        staff.submitFile("/publications/" + book + "/manage/upload", "file", "livre.pdf", "application/pdf",
                TestPdfs.onePage());

        String revised = TITLE + ", revu";
        assertThat(trail.read("publication:" + book, Locale.FRENCH)).containsExactly(
                "UPDATED Description de « " + revised + " » modifiée — titre : " + TITLE + " → " + revised
                        + " ; année : (vide) → 2026 ; licence : Tous droits réservés → CC BY 4.0",
                "UPDATED Couverture de « " + revised + " » déposée — fichier : (vide) → couverture.png"
                        + " ; texte alternatif : (vide) → La promotion devant l’institut",
                "DELETED Couverture de « " + revised + " » retirée (fichier couverture.png)",
                "UPDATED PDF déposé pour « " + revised + " » (1 Kio) : c’est désormais le fichier du catalogue");
        assertThat(trail.read("publication:" + book, Locale.ENGLISH)).containsExactly(
                "UPDATED Description of “" + revised + "” edited — title: " + TITLE + " → " + revised
                        + "; year: (empty) → 2026; licence: All rights reserved → CC BY 4.0",
                "UPDATED Cover of “" + revised + "” uploaded — file: (empty) → couverture.png"
                        + "; alternative text: (empty) → La promotion devant l’institut",
                "DELETED Cover of “" + revised + "” removed (file couverture.png)",
                "UPDATED PDF uploaded for “" + revised + "” (1 KiB): it is now the catalogue’s file");
    }

    @Test
    void aRenderingIsAuditedWhenItStartsAndWhenItEndsWithItsEpubAsTheDoingOfWhoeverStartedIt() {
        staff.get("/publications/" + book + "/manage");
        staff.submit("/publications/" + book + "/manage/render", Map.of());
        await("the rendering to end").atMost(Duration.ofSeconds(120)).until(() -> trail.about("publication:" + book).size() == 3);

        assertThat(trail.read("publication:" + book, Locale.FRENCH)).hasSize(3).startsWith(
                "UPDATED Génération du PDF de « " + TITLE + " » lancée",
                "UPDATED PDF de « " + TITLE + " » généré : c’est désormais le fichier du catalogue")
                .last().asString().matches("UPDATED EPUB de « " + TITLE + " » généré \\(\\d+ Kio\\) : il est proposé au catalogue à côté du PDF");
        assertThat(trail.read("publication:" + book, Locale.ENGLISH)).hasSize(3).startsWith(
                "UPDATED Rendering of the PDF of “" + TITLE + "” started",
                "UPDATED PDF of “" + TITLE + "” rendered: it is now the catalogue’s file")
                .last().asString().matches("UPDATED EPUB of “" + TITLE + "” rendered \\(\\d+ KiB\\): the catalogue offers it beside the PDF");
        assertThat(trail.about("publication:" + book)).extracting(AuditEvent::getActor).containsOnly(staffEmail);
    }

    @Test
    void aFailedRenderingIsAuditedWithItsReasonInTheReadersLanguage() {
        long empty = jdbc.queryForObject("insert into publication (title, language) values ('Un livre sans chapitre', 'fr') returning id", Long.class);
        staff.get("/publications/" + empty + "/manage");
        staff.submit("/publications/" + empty + "/manage/render", Map.of());
        await("the rendering to end").atMost(Duration.ofSeconds(120)).until(() -> trail.about("publication:" + empty).size() == 2);

        assertThat(trail.read("publication:" + empty, Locale.FRENCH)).last().isEqualTo("UPDATED Échec de la génération du PDF"
                + " de « Un livre sans chapitre » : L’ouvrage n’a encore aucun chapitre : il n’y a rien à mettre en page.");
        assertThat(trail.read("publication:" + empty, Locale.ENGLISH)).last().isEqualTo("UPDATED Rendering of the PDF"
                + " of “Un livre sans chapitre” failed: The book has no chapter yet: there is nothing to lay out.");
    }

    @Test
    void aCoordinatorCreditIsAuditedAboutThePersonAndShownOnTheAuditPageInBothLanguages() {
        long person = jdbc.queryForObject("insert into person (given_name, family_name) values ('Hortense', 'Vallée') returning id", Long.class);
        String token = staff.get("/publications/" + book + "/manage/metadata").select("input[name=_csrf]").val();
        staff.post("/publications/" + book + "/manage/coordinators", Map.of("personId", String.valueOf(person), "_csrf", token));
        staff.get("/publications/" + book + "/manage/metadata");
        staff.submit("/publications/" + book + "/manage/coordinators/" + person, Map.of("action", "remove"));

        assertThat(trail.read("person:" + person, Locale.FRENCH)).containsExactly(
                "UPDATED Coordination de « " + TITLE + " » confiée à Hortense Vallée",
                "UPDATED Coordination de « " + TITLE + " » retirée à Hortense Vallée");
        String admin = "journal-admin-" + System.nanoTime() + "@cohorte.test";
        accounts.create(admin, RoleGrant.global(Role.ADMIN), PASSWORD);
        BrowserlessSession reader = new BrowserlessSession(port);
        reader.logIn(admin, PASSWORD);
        assertThat(rowsAbout(reader.get("/admin/audit?lang=en"), "person:" + person))
                .anySatisfy(row -> assertThat(row).contains(staffEmail).contains("Coordination of “" + TITLE + "” given to Hortense Vallée"));
        assertThat(rowsAbout(reader.get("/admin/audit?lang=fr"), "person:" + person))
                .anySatisfy(row -> assertThat(row).contains("Coordination de « " + TITLE + " » confiée à Hortense Vallée"));
    }

    private static List<String> rowsAbout(Document page, String target) {
        return page.select("#audit-events tbody tr").stream().map(row -> row.text()).filter(text -> text.contains(target)).toList();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(300, 450, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
