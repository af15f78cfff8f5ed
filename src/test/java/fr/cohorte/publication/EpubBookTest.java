package fr.cohorte.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import fr.cohorte.publication.internal.EpubBookWriter;

class EpubBookTest {

    private static final Instant MODIFIED = Instant.parse("2026-12-04T05:00:00.123Z");
    private static final EpubBookWriter writer = new EpubBookWriter();

    @Test
    void theSession34BookIsAValidEpubWithoutAWarning() {
        assertThat(EpubConformance.problems(epub(SampleBooks.session34()))).isEmpty();
    }

    @Test
    void anIllustratedBookWithNotesTablesAndACoverIsAValidEpubWithoutAWarning() {
        assertThat(EpubConformance.problems(epub(SampleBooks.illustrated()))).isEmpty();
    }

    @Test
    void aChapterWithPracticeAndRecommendationCardsIsAValidEpubWithoutAWarning() {
        assertThat(EpubConformance.problems(epub(SampleBooks.withCards()))).isEmpty();
    }

    @Test
    void aBookInEnglishIsAValidEpubWithoutAWarning() {
        assertThat(EpubConformance.problems(epub(SampleBooks.inEnglish()))).isEmpty();
    }

    @Test
    void theCheckReportsAnEpubThatBreaksTheRules() {
        Map<String, byte[]> entries = entries(epub(SampleBooks.session34()));
        entries.remove("EPUB/nav.xhtml");

        assertThat(EpubConformance.problems(zip(entries))).as("a package whose navigation document is missing")
                .anySatisfy(problem -> assertThat(problem).contains("(ERROR)").contains("nav.xhtml"));
    }

    @Test
    void theMimetypeComesFirstUncompressedSoThatReadersRecogniseTheFile() {
        byte[] epub = epub(SampleBooks.session34());
        assertThat(new String(epub, 30, 28, StandardCharsets.US_ASCII)).isEqualTo("mimetypeapplication/epub+zip");
        assertThat(epub[8]).as("compression method: stored").isZero();
    }

    @Test
    void eachChapterIsAFileOfItsOwnInTheBooksLanguage() {
        Map<String, String> files = files(epub(SampleBooks.inEnglish()));
        assertThat(files).containsKeys("EPUB/chapter-1.xhtml", "EPUB/chapter-2.xhtml", "EPUB/chapter-3.xhtml");
        Document chapter = xml(files.get("EPUB/chapter-2.xhtml"));
        assertThat(chapter.selectFirst("html").attr("xml:lang")).isEqualTo("en");
        assertThat(chapter.selectFirst("h1").text()).isEqualTo("What we take from it");
        assertThat(chapter.selectFirst(".chapter-number").text()).isEqualTo("Chapter 2");
    }

    @Test
    void footnotesAreEpubNotesThatLinkToTheirCallAndBack() {
        Document chapter = xml(files(epub(SampleBooks.illustrated())).get("EPUB/chapter-3.xhtml"));
        var call = chapter.selectFirst("a[epub:type=noteref]");
        assertThat(call.attr("href")).isEqualTo("#note-1");
        var note = chapter.getElementById("note-1");
        assertThat(note.tagName()).isEqualTo("aside");
        assertThat(note.attr("epub:type")).isEqualTo("footnote");
        assertThat(note.text()).isEqualTo("1. Et une note.");
        assertThat(note.selectFirst("a[role=doc-backlink]").attr("href")).isEqualTo("#" + call.id());
    }

    @Test
    void figuresKeepTheirAlternativeTextAndCaption() {
        Map<String, String> files = files(epub(SampleBooks.illustrated()));
        Document chapter = xml(files.get("EPUB/chapter-1.xhtml"));
        var figure = chapter.selectFirst("figure");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Carte de la Bavière avec Munich et Nuremberg");
        assertThat(files).containsKey("EPUB/" + figure.selectFirst("img").attr("src"));
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("Figure 1 – Les étapes du voyage d’étude");
        assertThat(xml(files.get("EPUB/cover.xhtml")).selectFirst("img").attr("alt"))
                .isEqualTo("Couverture : un disque bleu sur fond blanc");
    }

    @Test
    void practiceAndRecommendationCardsAreShownWhereTheChapterNamesThem() {
        Document chapter = xml(files(epub(SampleBooks.withCards())).get("EPUB/chapter-2.xhtml"));
        assertThat(chapter.select(".card .card-title").eachText()).containsExactly(
                "Un groupement d’employeurs pour l’agriculture et le tourisme", "Ouvrir les groupements d’employeurs aux collectivités");
        assertThat(chapter.text()).contains("comme le dit ::recommendation[9] dans la phrase");
    }

    @Test
    void thePackageNamesTheEpubIsbnTheLicenceThePublishersAndTheCoordinatorsAsEditors() {
        Document opf = xml(files(epub(SampleBooks.illustrated())).get("EPUB/package.opf"));
        assertThat(opf.selectFirst("dc|identifier#book-id").text()).isEqualTo("urn:isbn:9791090636071");
        assertThat(opf.select("dc|publisher").eachText()).containsExactly("Céreq", "Intefp", "Éditions d’essai");
        assertThat(opf.select("dc|contributor").eachText()).containsExactly("Anne Martin", "Bruno Petit", "Chloé Durand");
        assertThat(opf.select("meta[property=role][refines=#coordinator-1]").text()).isEqualTo("edt");
        assertThat(opf.selectFirst("dc|rights").text()).contains("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/");
        assertThat(opf.selectFirst("dc|language").text()).isEqualTo("fr");
        assertThat(opf.selectFirst("meta[property=dcterms:modified]").text()).isEqualTo("2026-12-04T05:00:00Z");
    }

    @Test
    void thePackageClaimsEpubAccessibilityWithItsSchemaOrgMetadata() {
        Document opf = xml(files(epub(SampleBooks.illustrated())).get("EPUB/package.opf"));
        assertThat(opf.selectFirst("meta[property=dcterms:conformsTo]").text()).isEqualTo("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
        assertThat(opf.select("meta[property=schema:accessMode]").eachText()).containsExactly("textual", "visual");
        assertThat(opf.select("meta[property=schema:accessModeSufficient]").eachText()).containsExactly("textual");
        assertThat(opf.select("meta[property=schema:accessibilityFeature]").eachText())
                .contains("tableOfContents", "structuralNavigation", "alternativeText");
        assertThat(opf.select("meta[property=schema:accessibilityHazard]").eachText()).containsExactly("none");
        assertThat(opf.selectFirst("meta[property=schema:accessibilitySummary]").text()).contains("description textuelle");
    }

    @Test
    void theNavigationDocumentListsEveryChapterAndTheLandmarks() {
        Document nav = xml(files(epub(SampleBooks.session34())).get("EPUB/nav.xhtml"));
        assertThat(nav.select("nav[epub:type=toc] a").eachText()).containsExactly(
                "1. La « révolution » numérique : croissance et inégalités",
                "2. Coopérer autrement : de nouveaux espaces de coopération",
                "3. Préconisations et bonnes pratiques");
        assertThat(nav.select("nav[epub:type=landmarks] a").eachAttr("epub:type"))
                .containsExactly("cover", "titlepage", "toc", "bodymatter");
    }

    static byte[] epub(BookModel book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(book, MODIFIED, out);
        return out.toByteArray();
    }

    /** The EPUB's entries, by name, as text. */
    static Map<String, String> files(byte[] epub) {
        Map<String, String> files = new LinkedHashMap<>();
        entries(epub).forEach((name, content) -> files.put(name, new String(content, StandardCharsets.UTF_8)));
        return files;
    }

    /** The EPUB's entries, by name, in the order they are stored. */
    static Map<String, byte[]> entries(byte[] epub) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The entries zipped again in their order, the mimetype stored first as the writer does. */
    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipped = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipped.setMethod(ZipEntry.STORED);
                    zipped.setSize(entry.getValue().length);
                    zipped.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipped);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }
}
