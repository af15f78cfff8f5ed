package fr.cohorte.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import fr.cohorte.publication.internal.PdfBookRenderer;

class BookRendererTest {

    private static final Pattern CHAPTER_OPENING = Pattern.compile("(?m)^CHAPITRE \\d+$");

    private static final BookRenderer renderer = new PdfBookRenderer();
    private static RenderedBook session34;
    private static RenderedBook illustrated;
    private static RenderedBook withCards;

    @BeforeAll
    static void renderTheSampleBooks() {
        session34 = RenderedBook.of(SampleBooks.session34());
        illustrated = RenderedBook.of(SampleBooks.illustrated());
        withCards = RenderedBook.of(SampleBooks.withCards());
    }

    @Test
    void theSession34BookIsArchivalPdfA() {
        assertThat(PdfConformance.failedRules(session34.pdf(), PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void theSession34BookIsAccessiblePdfUa() {
        assertThat(PdfConformance.failedRules(session34.pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void anIllustratedBookWithNotesAndTablesIsArchivalPdfA() {
        assertThat(PdfConformance.failedRules(illustrated.pdf(), PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void anIllustratedBookWithNotesAndTablesIsAccessiblePdfUa() {
        assertThat(PdfConformance.failedRules(illustrated.pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aChapterWithPracticeAndRecommendationCardsIsArchivalPdfA() {
        assertThat(PdfConformance.failedRules(withCards.pdf(), PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void aChapterWithPracticeAndRecommendationCardsIsAccessiblePdfUa() {
        assertThat(PdfConformance.failedRules(withCards.pdf(), PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void aCardDirectiveAloneInItsParagraphPrintsTheCardWithItsFactsAndLink() {
        String text = String.join("\n", withCards.pages());

        assertThat(text).contains("PRATIQUE DE COOPÉRATION", "Un groupement d’employeurs pour l’agriculture et le tourisme",
                "Territoire\u00a0: Hautes-Alpes (05)", "Niveau de preuve\u00a0: Suivi chiffré",
                "https://cohorte.example.org/practices/12", "Ouvrir les groupements d’employeurs aux collectivités",
                "Adressée à\u00a0: l’État, les collectivités territoriales");
        assertThat(text).doesNotContain("::practice[12]", "::recommandation[4]");
    }

    @Test
    void aCardDirectiveInsideASentenceStaysText() {
        assertThat(String.join(" ", withCards.pages()).replaceAll("\\s+", " ")).contains("comme le dit ::recommendation[9] dans la phrase");
    }

    @Test
    void aCardMissingFromTheRegistryStopsTheRenderingAndNamesIt() {
        BookModel broken = withChapter(SampleBooks.session34(),
                new BookChapter(1, "Chapitre cassé", List.of(), "Avant.\n\n::pratique[77]\n", List.of()));

        assertThatThrownBy(() -> renderer.render(broken, new ByteArrayOutputStream()))
                .isInstanceOf(BookRenderingException.class)
                .hasMessageContaining("::practice[77]");
    }

    @Test
    void theBookDeclaresItsLanguageTitleAuthorsAndKeywords() {
        assertThat(session34.language()).isEqualTo("fr");
        assertThat(session34.information().getTitle()).isEqualTo(SampleBooks.session34().title());
        assertThat(session34.information().getAuthor()).isEqualTo("P.-L. Rosenfeld, J.-P. Aubert");
        assertThat(session34.information().getKeywords()).contains("coopération");
        assertThat(session34.information().getSubject()).startsWith("Cet ouvrage");
    }

    @Test
    void theFrontMatterNamesTheCoPublishersInOrderTheLicenceAndTheIsbn() {
        String titlePage = session34.page(2);
        assertThat(titlePage).contains("Sous la direction de P.-L. Rosenfeld et J.-P. Aubert");
        assertThat(titlePage.substring(titlePage.indexOf("Coédition"))).containsSubsequence("Céreq", "Intefp", "2016");
        assertThat(session34.page(3)).contains("CC BY-NC-ND 4.0", "ISBN 978-2-11-139999-6", "Dépôt légal : juin 2016",
                "https://doi.org/10.5555/cohorte.34");
    }

    @Test
    void anUploadedCoverFillsTheFirstPageAloneAndTheCopyrightPageListsEveryEditionsIsbn() throws IOException {
        assertThat(illustrated.page(1).strip()).as("the cover page has the image only").isEmpty();
        assertThat(illustrated.page(2)).contains("Coopérer pour l’emploi");
        assertThat(illustrated.page(3)).containsSubsequence("ISBN 978-2-11-000000-2 (imprimé)", "ISBN 978-2-11-139999-6 (PDF)",
                "ISBN 979-10-90636-07-1 (EPUB)");
        try (PDDocument document = Loader.loadPDF(illustrated.pdf())) {
            PDPage cover = document.getPage(0);
            assertThat(cover.getResources().getXObjectNames()).hasSize(1);
            assertThat(cover.getMediaBox().getHeight()).isEqualTo(document.getPage(1).getMediaBox().getHeight());
            assertThat(figureAlternativeTexts(document.getDocumentCatalog().getStructureTreeRoot().getKids()))
                    .as("the cover is a figure whose alternative text screen readers read")
                    .contains("Couverture : un disque bleu sur fond blanc");
        }
    }

    private static List<String> figureAlternativeTexts(List<Object> kids) {
        List<String> texts = new ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    texts.add(element.getAlternateDescription());
                }
                texts.addAll(figureAlternativeTexts(element.getKids()));
            }
        }
        return texts;
    }

    @Test
    void everyChapterHasABookmarkToThePageWhereItStarts() {
        for (RenderedBook book : List.of(session34, illustrated)) {
            assertThat(book.bookmarks()).hasSize(4).containsKey("Sommaire");
            book.bookmarks().forEach((title, page) -> {
                if (!title.equals("Sommaire")) {
                    assertThat(book.page(page)).contains(title.substring(title.indexOf(". ") + 2));
                }
            });
        }
    }

    @Test
    void chaptersStartOnRightHandPages() {
        for (RenderedBook book : List.of(session34, illustrated)) {
            assertThat(book.chapterPages()).hasSize(3).allMatch(page -> page % 2 == 1);
        }
    }

    @Test
    void theContentsGiveThePagesWhereChaptersStart() {
        for (RenderedBook book : List.of(session34, illustrated)) {
            String contents = book.page(book.bookmarks().get("Sommaire"));
            List<Integer> listed = new ArrayList<>();
            Matcher entry = Pattern.compile("(?m)^\\d+\\. .*?(\\d+)$").matcher(contents);
            while (entry.find()) {
                listed.add(Integer.parseInt(entry.group(1)));
            }
            assertThat(listed).isEqualTo(book.chapterPages());
        }
    }

    @Test
    void theSession34BookHasItsFrontMatterThenThreeChaptersOnRightHandPages() {
        // cover, title page, copyright page, blank, contents, blank, chapter 1, blank, chapter 2, blank, chapter 3
        assertThat(session34.pages()).hasSize(11);
        assertThat(session34.chapterPages()).containsExactly(7, 9, 11);
    }

    @Test
    void footnotesAreAtTheFootOfThePageThatCallsThem() {
        String lastPage = illustrated.pages().getLast();
        assertThat(lastPage).containsSubsequence("Une seule page suffit ici", "1. Et une note.");
    }

    @Test
    void aFailedRenderingLeavesThePreviousFileAsItWas(@TempDir Path folder) throws IOException {
        Path destination = folder.resolve("livre.pdf");
        renderer.render(SampleBooks.session34(), destination);
        byte[] lastGoodFile = Files.readAllBytes(destination);

        BookModel broken = withChapter(SampleBooks.session34(),
                new BookChapter(1, "Chapitre cassé", List.of(), "![](figure-absente)", List.of()));

        assertThatThrownBy(() -> renderer.render(broken, destination))
                .isInstanceOf(BookRenderingException.class)
                .hasMessageContaining("figure-absente");
        assertThat(Files.readAllBytes(destination)).isEqualTo(lastGoodFile);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(destination);
        }
    }

    @Test
    void aSuccessfulRenderingReplacesTheFile(@TempDir Path folder) throws IOException {
        Path destination = folder.resolve("livre.pdf");
        Files.writeString(destination, "ancienne version");

        renderer.render(SampleBooks.session34(), destination);

        assertThat(Files.readAllBytes(destination)).startsWith("%PDF-".getBytes());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(destination);
        }
    }

    @Test
    void aFigureCannotGoWithoutAlternativeText() {
        assertThatThrownBy(() -> new BookFigure("carte", SampleBooks.png(10, 10, java.awt.Color.RED), " ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alternative text");
    }

    private static BookModel withChapter(BookModel book, BookChapter chapter) {
        return new BookModel(book.title(), book.subtitle(), book.series(), book.coordinators(), book.coPublishers(),
                book.year(), book.language(), book.summary(), book.keywords(), book.licence(), book.isbns(), book.doi(),
                book.legalDeposit(), book.cover(), List.of(chapter));
    }

    /** A rendered PDF and what PDFBox reads back from it, read once for all the tests. */
    private record RenderedBook(byte[] pdf, List<String> pages, Map<String, Integer> bookmarks, String language,
                                PDDocumentInformation information) {

        static RenderedBook of(BookModel book) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(book, out);
            byte[] pdf = out.toByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return new RenderedBook(pdf, pageTexts(document), bookmarkPages(document),
                        document.getDocumentCatalog().getLanguage(), document.getDocumentInformation());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Text of a page, numbered from 1 as printed. */
        String page(int number) {
            return pages.get(number - 1);
        }

        /** Pages whose text opens a chapter ("CHAPITRE N" above its title). */
        List<Integer> chapterPages() {
            return IntStream.rangeClosed(1, pages.size()).filter(page -> CHAPTER_OPENING.matcher(page(page)).find())
                    .boxed().toList();
        }

        private static List<String> pageTexts(PDDocument document) throws IOException {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return texts;
        }

        /** Pages (from 1) the outline points to, by bookmark title, in outline order. */
        private static Map<String, Integer> bookmarkPages(PDDocument document) throws IOException {
            Map<String, Integer> pages = new LinkedHashMap<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                PDPageDestination destination = item.getDestination() instanceof PDPageDestination direct ? direct
                        : (PDPageDestination) ((PDActionGoTo) item.getAction()).getDestination();
                pages.put(item.getTitle(), document.getPages().indexOf(destination.getPage()) + 1);
            }
            return pages;
        }
    }
}
