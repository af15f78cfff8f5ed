package fr.cohorte.publication.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;

import fr.cohorte.publication.BookChapter;
import fr.cohorte.publication.BookFigure;
import fr.cohorte.publication.BookFormat;
import fr.cohorte.publication.BookImage;
import fr.cohorte.publication.BookModel;
import fr.cohorte.publication.BookRenderingException;
import fr.cohorte.publication.Licence;

/**
 * Writes a book as an EPUB 3 that meets EPUB Accessibility 1.1 at WCAG 2.1 AA: a cover, a title and
 * copyright page, the navigation document (contents and landmarks), one XHTML file per chapter with
 * its notes as EPUB footnotes, the figures with their alternative text, and package metadata that
 * tells libraries and reading systems what the book is and how it can be read. The text is the
 * print's, from the same {@link BookModel}; only the chapter's notes and the headings' levels differ.
 */
@Component
public class EpubBookWriter {

    public static final String MEDIA_TYPE = "application/epub+zip";

    private static final String XHTML = "application/xhtml+xml";
    private static final byte[] STYLESHEET = readStylesheet();

    /** Writes the EPUB of the book to the stream; {@code modified} is the package's last-modified date. */
    public void write(BookModel book, Instant modified, OutputStream epub) {
        try {
            new Edition(book, modified).write(epub);
        } catch (IOException e) {
            throw new BookRenderingException("The EPUB of “" + book.title() + "” could not be written", e);
        }
    }

    /** Writings of the warm-up book at start-up: after six, bench/book measured the first real book's EPUB in 0.40 s (cold 0.88 s, warm 0.17 s). */
    public static final int WARM_UP_WRITINGS = 6;

    /**
     * Writes the warm-up book a few times and throws the EPUBs away, so that the code of a writing
     * is compiled before the first real book. Returns the EPUB of the last one.
     */
    public byte[] warmUp(int writings) {
        BookModel book = WarmUpBook.model();
        ByteArrayOutputStream epub = new ByteArrayOutputStream();
        for (int writing = 0; writing < writings; writing++) {
            epub.reset();
            write(book, Instant.EPOCH, epub);
        }
        return epub.toByteArray();
    }

    /** Writes the EPUB into {@code destination} whole or not at all, as the PDF is written. */
    public void write(BookModel book, Instant modified, Path destination) {
        try {
            PublicationStorage.writeWhole(destination, out -> write(book, modified, out));
        } catch (IOException e) {
            throw new BookRenderingException("The EPUB of “" + book.title() + "” could not be written to " + destination, e);
        }
    }

    /** One book being written: its labels in its language and the names its resources get. */
    private static final class Edition {

        private final BookModel book;
        private final Instant modified;
        private final ResourceBundle labels;
        private final String language;
        private final Map<BookFigure, String> figureFiles = new LinkedHashMap<>();
        private final Map<String, Item> items = new LinkedHashMap<>();

        Edition(BookModel book, Instant modified) {
            this.book = book;
            this.modified = modified.truncatedTo(ChronoUnit.SECONDS);
            this.labels = ResourceBundle.getBundle("publication/book-labels", book.language(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.language = book.language().toLanguageTag();
            // Named before the chapters are converted in parallel, which then only read the names.
            for (BookChapter chapter : book.chapters()) {
                for (int i = 0; i < chapter.figures().size(); i++) {
                    BookFigure figure = chapter.figures().get(i);
                    figureFiles.putIfAbsent(figure, "images/chapter-" + chapter.number() + "-figure-" + (i + 1) + "." + extension(figure.image()));
                }
            }
        }

        void write(OutputStream out) throws IOException {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            mimetype(zip);
            entry(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles>
                        <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
                      </rootfiles>
                    </container>
                    """.getBytes(StandardCharsets.UTF_8));
            add(zip, new Item("css", "css/book.css", "text/css", null), STYLESHEET);
            if (book.cover() != null) {
                BookImage image = book.cover().image();
                add(zip, new Item("cover-image", "images/cover." + extension(image), image.mediaType(), "cover-image"), image.content());
            }
            add(zip, new Item("cover", "cover.xhtml", XHTML, null), cover());
            add(zip, new Item("front", "front.xhtml", XHTML, null), front());
            add(zip, new Item("nav", "nav.xhtml", XHTML, "nav"), navigation());
            // Chapters are converted side by side: each is its own document, and converting is most of the work.
            List<ChapterFile> chapters = book.chapters().parallelStream().map(this::chapter).toList();
            for (ChapterFile chapter : chapters) {
                for (BookFigure figure : chapter.figures()) {
                    String file = figureFiles.get(figure);
                    if (!items.containsKey(file)) {
                        add(zip, new Item(file.substring("images/".length(), file.lastIndexOf('.')), file, figure.image().mediaType(), null),
                                figure.image().content());
                    }
                }
                add(zip, new Item(chapterId(chapter.chapter()), chapterFile(chapter.chapter()), XHTML, null), chapter.xhtml());
            }
            entry(zip, "EPUB/package.opf", packageDocument());
            zip.finish();
        }

        /** The first entry, stored uncompressed and without extra fields, so that a reader recognises the file by its first bytes. */
        private static void mimetype(ZipOutputStream zip) throws IOException {
            byte[] content = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }

        private void add(ZipOutputStream zip, Item item, byte[] content) throws IOException {
            items.put(item.href(), item);
            entry(zip, "EPUB/" + item.href(), content);
        }

        private void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
            ZipEntry entry = new ZipEntry(name);
            entry.setTime(modified.toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }

        private byte[] cover() {
            Document page = page(label("epub.cover"));
            // The landmarks point here; the image itself carries the cover's role.
            Element body = page.body();
            if (book.cover() != null) {
                body.appendElement("section").addClass("cover-image").appendElement("img")
                        .attr("role", "doc-cover").attr("src", "images/cover." + extension(book.cover().image()))
                        .attr("alt", book.cover().alternativeText());
            } else {
                Element cover = body.appendElement("section").addClass("cover");
                cover.appendElement("p").addClass("cover-title").text(book.title());
                if (hasText(book.subtitle())) {
                    cover.appendElement("p").addClass("cover-subtitle").text(book.subtitle());
                }
                if (!book.coPublishers().isEmpty()) {
                    cover.appendElement("p").addClass("cover-publishers").text(String.join(" · ", book.coPublishers()));
                }
            }
            return xhtml(page);
        }

        private byte[] front() {
            Document page = page(book.title());
            Element body = page.body().attr("epub:type", "frontmatter");
            Element title = body.appendElement("section").attr("epub:type", "titlepage").addClass("title-page");
            if (hasText(book.series())) {
                title.appendElement("p").addClass("series").text(book.series());
            }
            title.appendElement("h1").attr("epub:type", "fulltitle").text(book.title());
            if (hasText(book.subtitle())) {
                title.appendElement("p").addClass("subtitle").attr("epub:type", "subtitle").attr("role", "doc-subtitle").text(book.subtitle());
            }
            if (!book.coordinators().isEmpty()) {
                title.appendElement("p").addClass("coordinators").text(label("editedBy", joinNames(book.coordinators())));
            }
            if (!book.coPublishers().isEmpty()) {
                title.appendElement("p").text(label("coPublishedBy"));
                Element list = title.appendElement("ul").addClass("publishers");
                book.coPublishers().forEach(publisher -> list.appendElement("li").text(publisher));
            }
            title.appendElement("p").addClass("year").text(Integer.toString(book.year()));

            Element copyright = body.appendElement("section").attr("epub:type", "copyright-page").attr("id", "copyright")
                    .attr("aria-label", label("epub.copyright"));
            if (hasText(book.summary())) {
                copyright.appendElement("h2").text(label("summary"));
                copyright.appendElement("p").text(book.summary());
            }
            if (!book.keywords().isEmpty()) {
                copyright.appendElement("p").text(label("keywords", String.join(", ", book.keywords())));
            }
            Element legal = copyright.appendElement("div").addClass("legal");
            legal.appendElement("p").text(label("copyright", Integer.toString(book.year()), joinNames(book.coPublishers())));
            Licence licence = book.licence();
            if (licence.url() == null) {
                legal.appendElement("p").text(label("allRightsReserved"));
            } else {
                Element line = legal.appendElement("p");
                String sentence = label("licence", licence.label(), "\u0000");
                line.appendText(sentence.substring(0, sentence.indexOf('\u0000')));
                line.appendElement("a").attr("href", licence.url()).attr("rel", "license").text(licence.url());
                line.appendText(sentence.substring(sentence.indexOf('\u0000') + 1));
            }
            book.isbns().forEach((format, isbn) -> legal.appendElement("p").text(label("isbn", isbn, label("format." + format.name()))));
            if (hasText(book.doi())) {
                legal.appendElement("p").text(label("doi", "https://doi.org/" + book.doi()));
            }
            if (hasText(book.legalDeposit())) {
                legal.appendElement("p").text(book.legalDeposit());
            }
            return xhtml(page);
        }

        private byte[] navigation() {
            Document page = page(label("contents"));
            Element body = page.body();
            Element toc = body.appendElement("nav").attr("epub:type", "toc").attr("role", "doc-toc").attr("id", "toc")
                    .attr("aria-labelledby", "toc-title");
            toc.appendElement("h1").attr("id", "toc-title").text(label("contents"));
            Element list = toc.appendElement("ol");
            for (BookChapter chapter : book.chapters()) {
                Element entry = list.appendElement("li");
                entry.appendElement("a").attr("href", chapterFile(chapter)).text(chapterHeading(chapter));
            }
            Element landmarks = body.appendElement("nav").attr("epub:type", "landmarks").attr("id", "landmarks")
                    .attr("aria-labelledby", "landmarks-title").attr("hidden", "hidden");
            landmarks.appendElement("h2").attr("id", "landmarks-title").text(label("epub.landmarks"));
            Element marks = landmarks.appendElement("ol");
            landmark(marks, "cover", "cover.xhtml", label("epub.cover"));
            landmark(marks, "titlepage", "front.xhtml", book.title());
            landmark(marks, "toc", "nav.xhtml#toc", label("contents"));
            landmark(marks, "bodymatter", chapterFile(book.chapters().getFirst()), chapterHeading(book.chapters().getFirst()));
            return xhtml(page);
        }

        private static void landmark(Element list, String type, String href, String text) {
            list.appendElement("li").appendElement("a").attr("epub:type", type).attr("href", href).text(text);
        }

        /** A chapter converted: its XHTML and the figures it shows, to be stored beside it. */
        private record ChapterFile(BookChapter chapter, byte[] xhtml, Set<BookFigure> figures) {
        }

        private ChapterFile chapter(BookChapter chapter) {
            Document page = page(chapterHeading(chapter));
            Element body = page.body().attr("epub:type", "bodymatter");
            Element section = body.appendElement("section").attr("epub:type", "chapter").attr("role", "doc-chapter")
                    .attr("aria-labelledby", "chapter-title").addClass("chapter");
            Element head = section.appendElement("header").addClass("chapter-head");
            head.appendElement("p").addClass("chapter-number").text(label("chapter", Integer.toString(chapter.number())));
            head.appendElement("h1").attr("id", "chapter-title").text(chapter.title());
            if (!chapter.authors().isEmpty()) {
                head.appendElement("p").addClass("chapter-authors").text(joinNames(chapter.authors()));
            }
            Set<BookFigure> shown = new LinkedHashSet<>();
            ChapterMarkdown.appendEpubBody(chapter, section, labels.getString("cardLineSeparator"), figure -> {
                shown.add(figure);
                return figureFiles.get(figure);
            });
            return new ChapterFile(chapter, xhtml(page), shown);
        }

        private byte[] packageDocument() {
            Document opf = Document.createShell("");
            opf.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                    .prettyPrint(false).charset(StandardCharsets.UTF_8);
            opf.empty();
            Element pkg = opf.appendElement("package").attr("xmlns", "http://www.idpf.org/2007/opf").attr("version", "3.0")
                    .attr("unique-identifier", "book-id").attr("xml:lang", language);
            Element metadata = pkg.appendElement("metadata").attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
            String isbn = book.isbns().get(BookFormat.EPUB);
            metadata.appendElement("dc:identifier").attr("id", "book-id").text(isbn != null
                    ? "urn:isbn:" + isbn.replace("-", "")
                    : "urn:uuid:" + UUID.nameUUIDFromBytes((book.title() + "|" + book.year()).getBytes(StandardCharsets.UTF_8)));
            if (hasText(book.doi())) {
                metadata.appendElement("dc:identifier").attr("id", "doi").text("https://doi.org/" + book.doi());
            }
            metadata.appendElement("dc:title").attr("id", "title").text(book.title());
            if (hasText(book.subtitle())) {
                metadata.appendElement("dc:title").attr("id", "subtitle").text(book.subtitle());
                meta(metadata, "title-type", "#subtitle", "subtitle");
                meta(metadata, "title-type", "#title", "main");
            }
            metadata.appendElement("dc:language").text(language);
            for (int i = 0; i < book.coordinators().size(); i++) {
                String id = "coordinator-" + (i + 1);
                metadata.appendElement("dc:contributor").attr("id", id).text(book.coordinators().get(i));
                meta(metadata, "role", "#" + id, "edt").attr("scheme", "marc:relators");
            }
            List<String> authors = book.chapters().stream().flatMap(chapter -> chapter.authors().stream()).distinct().toList();
            for (int i = 0; i < authors.size(); i++) {
                String id = "author-" + (i + 1);
                metadata.appendElement("dc:creator").attr("id", id).text(authors.get(i));
                meta(metadata, "role", "#" + id, "aut").attr("scheme", "marc:relators");
            }
            book.coPublishers().forEach(publisher -> metadata.appendElement("dc:publisher").text(publisher));
            metadata.appendElement("dc:date").text(Integer.toString(book.year()));
            if (hasText(book.summary())) {
                metadata.appendElement("dc:description").text(book.summary());
            }
            book.keywords().forEach(keyword -> metadata.appendElement("dc:subject").text(keyword));
            Licence licence = book.licence();
            metadata.appendElement("dc:rights").text(licence.url() == null ? label("allRightsReserved")
                    : label("licence", licence.label(), licence.url()));
            book.isbns().forEach((format, number) -> {
                if (format != BookFormat.EPUB) {
                    metadata.appendElement("dc:source").text("urn:isbn:" + number.replace("-", ""));
                }
            });
            if (hasText(book.series())) {
                meta(metadata, "belongs-to-collection", null, book.series()).attr("id", "series");
                meta(metadata, "collection-type", "#series", "series");
            }
            meta(metadata, "dcterms:modified", null, modified.toString());
            accessibility(metadata);

            Element manifest = pkg.appendElement("manifest");
            for (Item item : items.values()) {
                Element entry = manifest.appendElement("item").attr("id", item.id()).attr("href", item.href())
                        .attr("media-type", item.mediaType());
                if (item.properties() != null) {
                    entry.attr("properties", item.properties());
                }
            }
            Element spine = pkg.appendElement("spine");
            spine.appendElement("itemref").attr("idref", "cover");
            spine.appendElement("itemref").attr("idref", "front");
            spine.appendElement("itemref").attr("idref", "nav");
            book.chapters().forEach(chapter -> spine.appendElement("itemref").attr("idref", chapterId(chapter)));
            return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + pkg.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8);
        }

        /**
         * What EPUB Accessibility 1.1 asks a publication to say about itself: the conformance it
         * claims, how it can be perceived, what it offers and what it does not contain.
         */
        private void accessibility(Element metadata) {
            meta(metadata, "dcterms:conformsTo", null, "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
            if (!book.coPublishers().isEmpty()) {
                meta(metadata, "a11y:certifiedBy", null, joinNames(book.coPublishers()));
            }
            boolean images = book.cover() != null || book.chapters().stream().anyMatch(chapter -> !chapter.figures().isEmpty());
            meta(metadata, "schema:accessMode", null, "textual");
            if (images) {
                meta(metadata, "schema:accessMode", null, "visual");
            }
            meta(metadata, "schema:accessModeSufficient", null, "textual");
            List<String> features = new ArrayList<>(List.of("tableOfContents", "structuralNavigation", "readingOrder",
                    "displayTransformability"));
            if (images) {
                features.add("alternativeText");
            }
            if (book.chapters().stream().anyMatch(chapter -> chapter.markdown().contains("[^"))) {
                features.add("annotations");
            }
            features.forEach(feature -> meta(metadata, "schema:accessibilityFeature", null, feature));
            meta(metadata, "schema:accessibilityHazard", null, "none");
            meta(metadata, "schema:accessibilitySummary", null, label(images ? "epub.accessibility.images" : "epub.accessibility"));
        }

        private static Element meta(Element metadata, String property, String refines, String value) {
            Element meta = metadata.appendElement("meta").attr("property", property);
            if (refines != null) {
                meta.attr("refines", refines);
            }
            return meta.text(value);
        }

        /** An empty XHTML page in the book's language, linked to the stylesheet. */
        private Document page(String title) {
            Document page = Document.createShell("");
            Element html = page.selectFirst("html");
            html.attr("xmlns", "http://www.w3.org/1999/xhtml").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
                    .attr("lang", language).attr("xml:lang", language);
            page.head().appendElement("meta").attr("charset", "UTF-8");
            page.head().appendElement("title").text(title);
            page.head().appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", "css/book.css");
            return page;
        }

        private static byte[] xhtml(Document page) {
            page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                    .prettyPrint(false).charset(StandardCharsets.UTF_8);
            return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + page.selectFirst("html").outerHtml() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }

        private String chapterHeading(BookChapter chapter) {
            return chapter.number() + ". " + chapter.title();
        }

        private static String chapterFile(BookChapter chapter) {
            return "chapter-" + chapter.number() + ".xhtml";
        }

        private static String chapterId(BookChapter chapter) {
            return "chapter-" + chapter.number();
        }

        private static String extension(BookImage image) {
            return image.mediaType().equals("image/png") ? "png" : "jpg";
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
    }

    private static byte[] readStylesheet() {
        try (InputStream css = EpubBookWriter.class.getResourceAsStream("/publication/epub.css")) {
            return css.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The EPUB stylesheet is missing from the application", e);
        }
    }

    /** A file of the publication, as the package's manifest lists it. */
    private record Item(String id, String href, String mediaType, String properties) {
    }
}
