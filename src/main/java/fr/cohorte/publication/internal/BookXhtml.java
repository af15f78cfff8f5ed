package fr.cohorte.publication.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import fr.cohorte.publication.BookChapter;
import fr.cohorte.publication.BookModel;
import fr.cohorte.publication.Licence;

/**
 * The whole book as one XHTML document styled for print: cover, title page, copyright page,
 * contents, then the chapters. The PDF engine reads its {@code <title>}, {@code <meta>} and
 * {@code <bookmarks>} for the document's metadata and outline, and {@code lang} for its language.
 */
public final class BookXhtml {

    private static final String STYLESHEET = readStylesheet();

    private final BookModel book;
    private final ResourceBundle labels;

    private BookXhtml(BookModel book) {
        this.book = book;
        this.labels = ResourceBundle.getBundle("publication/book-labels", book.language(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The book's XHTML, every image inlined, so that any HTML engine can read it alone. */
    public static Document of(BookModel book) {
        return new BookXhtml(book).document();
    }

    public static String chapterAnchor(BookChapter chapter) {
        return "chapter-" + chapter.number();
    }

    private Document document() {
        Document document = Document.createShell("");
        String language = book.language().toLanguageTag();
        Element html = document.selectFirst("html");
        html.attr("lang", language).attr("xml:lang", language);
        head(document.head());
        Element body = document.body();
        cover(body.appendElement("section").addClass("front").addClass("cover"));
        titlePage(body.appendElement("section").addClass("front").addClass("title-page"));
        copyrightPage(body.appendElement("section").addClass("front").addClass("copyright-page"));
        contents(body.appendElement("nav").addClass("front").addClass("contents"));
        for (BookChapter chapter : book.chapters()) {
            chapter(body.appendElement("section").addClass("chapter").id(chapterAnchor(chapter)), chapter);
        }
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        return document;
    }

    private void head(Element head) {
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(book.title());
        head.appendElement("meta").attr("name", "author").attr("content", String.join(", ", book.coordinators()));
        head.appendElement("meta").attr("name", "subject").attr("content", book.summary() == null ? book.title() : book.summary());
        head.appendElement("meta").attr("name", "keywords").attr("content", String.join(", ", book.keywords()));
        head.appendElement("style").appendChild(new DataNode(STYLESHEET));
        Element bookmarks = head.appendElement("bookmarks");
        bookmarks.appendElement("bookmark").attr("name", label("contents")).attr("href", "#contents");
        for (BookChapter chapter : book.chapters()) {
            bookmarks.appendElement("bookmark").attr("name", chapterHeading(chapter))
                    .attr("href", "#" + chapterAnchor(chapter));
        }
    }

    /** The cover page, in millimetres: the book's page size, without margins (book.css). */
    private static final double COVER_WIDTH = 160;
    private static final double COVER_HEIGHT = 240;

    /**
     * The size that fits the image in the cover page without distorting it (the layout engine
     * knows no {@code object-fit}): the full width for an image wider than the page, the full height otherwise.
     */
    static String coverSize(byte[] image) {
        double width;
        double height;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", COVER_WIDTH, COVER_HEIGHT);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (width / height > COVER_WIDTH / COVER_HEIGHT) {
            return String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", COVER_WIDTH, COVER_WIDTH * height / width);
        }
        return String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", COVER_HEIGHT * width / height, COVER_HEIGHT);
    }

    private void cover(Element cover) {
        if (book.cover() != null) {
            // The uploaded cover fills the first page alone; its alternative text makes it a tagged figure.
            cover.addClass("cover-image").appendElement("img")
                    .attr("src", "data:" + book.cover().image().mediaType() + ";base64,"
                            + Base64.getEncoder().encodeToString(book.cover().image().content()))
                    .attr("alt", book.cover().alternativeText())
                    .attr("style", coverSize(book.cover().image().content()));
            return;
        }
        cover.appendElement("p").addClass("cover-title").text(book.title());
        if (hasText(book.subtitle())) {
            cover.appendElement("p").addClass("cover-subtitle").text(book.subtitle());
        }
        cover.appendElement("p").addClass("cover-publishers").text(String.join(" · ", book.coPublishers()));
    }

    private void titlePage(Element page) {
        if (hasText(book.series())) {
            page.appendElement("p").addClass("series").text(book.series());
        }
        page.appendElement("h1").text(book.title());
        if (hasText(book.subtitle())) {
            page.appendElement("p").addClass("subtitle").text(book.subtitle());
        }
        if (!book.coordinators().isEmpty()) {
            page.appendElement("p").addClass("coordinators").text(label("editedBy", joinNames(book.coordinators())));
        }
        if (!book.coPublishers().isEmpty()) {
            Element publishers = page.appendElement("div").addClass("publishers");
            publishers.appendElement("p").text(label("coPublishedBy"));
            Element list = publishers.appendElement("ul");
            book.coPublishers().forEach(publisher -> list.appendElement("li").text(publisher));
        }
        page.appendElement("p").addClass("year").text(Integer.toString(book.year()));
    }

    private void copyrightPage(Element page) {
        if (hasText(book.summary())) {
            page.appendElement("h2").text(label("summary"));
            page.appendElement("p").text(book.summary());
        }
        if (!book.keywords().isEmpty()) {
            page.appendElement("p").text(label("keywords", String.join(", ", book.keywords())));
        }
        Element legal = page.appendElement("div").addClass("legal");
        legal.appendElement("p").text(label("copyright", Integer.toString(book.year()), joinNames(book.coPublishers())));
        Licence licence = book.licence();
        if (licence.url() == null) {
            legal.appendElement("p").text(label("allRightsReserved"));
        } else {
            legal.appendElement("p").text(label("licence", licence.label(), licence.url()));
        }
        book.isbns().forEach((format, isbn) -> legal.appendElement("p").text(label("isbn", isbn, label("format." + format.name()))));
        if (hasText(book.doi())) {
            legal.appendElement("p").text(label("doi", "https://doi.org/" + book.doi()));
        }
        if (hasText(book.legalDeposit())) {
            legal.appendElement("p").text(book.legalDeposit());
        }
    }

    private void contents(Element nav) {
        nav.id("contents");
        nav.appendElement("h2").text(label("contents"));
        Element list = nav.appendElement("ol");
        for (BookChapter chapter : book.chapters()) {
            Element entry = list.appendElement("li");
            // The title becomes the link's description that PDF/UA asks for.
            entry.appendElement("p").appendElement("a").attr("href", "#" + chapterAnchor(chapter))
                    .attr("title", chapterHeading(chapter)).text(chapterHeading(chapter));
            if (!chapter.authors().isEmpty()) {
                entry.appendElement("p").addClass("toc-authors").text(joinNames(chapter.authors()));
            }
        }
    }

    private void chapter(Element section, BookChapter chapter) {
        // Running heads are elements of the flow that the page margins pick up: the book's title on left
        // pages, the chapter's on right pages.
        section.appendElement("div").addClass("running-book-title").text(book.title());
        section.appendElement("div").addClass("running-title").text(chapter.title());
        Element head = section.appendElement("header").addClass("chapter-head");
        head.appendElement("p").addClass("chapter-number").text(label("chapter", Integer.toString(chapter.number())));
        head.appendElement("h2").text(chapter.title());
        if (!chapter.authors().isEmpty()) {
            head.appendElement("p").addClass("chapter-authors").text(joinNames(chapter.authors()));
        }
        ChapterMarkdown.appendBody(chapter, section, labels.getString("cardLineSeparator"));
    }

    private String chapterHeading(BookChapter chapter) {
        return chapter.number() + ". " + chapter.title();
    }

    private String joinNames(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + label("and") + " " + names.getLast();
    }

    private String label(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), labels.getLocale()).format(arguments);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String readStylesheet() {
        try (InputStream css = BookXhtml.class.getResourceAsStream("/publication/book.css")) {
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The book stylesheet is missing from the application", e);
        }
    }
}
