package fr.cohorte.publication.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import fr.cohorte.publication.BookCard;
import fr.cohorte.publication.BookChapter;
import fr.cohorte.publication.BookFigure;
import fr.cohorte.publication.BookRenderingException;
import fr.cohorte.web.MarkdownText;

/**
 * Turns a chapter's Markdown into print-ready elements: sanitised HTML where footnotes sit where
 * they are called (so that the layout engine can float them to the bottom of the page), figures
 * carry their alternative text and caption, and heading levels follow on from the chapter's own.
 */
final class ChapterMarkdown {

    /** The chapter heading is an h2; a chapter's own sections start one level below. */
    private static final int FIRST_SECTION_LEVEL = 3;

    private ChapterMarkdown() {
    }

    /** Appends the chapter's body, converted, to {@code container}. */
    static void appendBody(BookChapter chapter, Element container, String lineSeparator) {
        Element body = safeHtml(chapter);
        placeFootnotesWhereCalled(body);
        showFigures(chapter, body, ChapterMarkdown::dataUri);
        showCards(chapter, body, lineSeparator);
        levelHeadings(body, FIRST_SECTION_LEVEL);
        describeLinks(body);
        container.appendChildren(body.childNodesCopy());
    }

    /**
     * Appends the chapter's body as an EPUB chapter shows it, to {@code container}: a chapter file of
     * its own whose title is the h1, figures read from {@code figureSource}, and footnotes as EPUB
     * notes, each call a {@code noteref} link to its note, the notes gathered after the text in
     * {@code aside} elements that link back to their first call.
     */
    static void appendEpubBody(BookChapter chapter, Element container, String lineSeparator,
                               Function<BookFigure, String> figureSource) {
        Element body = safeHtml(chapter);
        List<Element> notes = linkFootnotesAsNotes(body);
        showFigures(chapter, body, figureSource);
        showCards(chapter, body, lineSeparator);
        levelHeadings(body, 2);
        alignCellsWithStyle(body);
        container.appendChildren(body.childNodesCopy());
        notes.forEach(container::appendChild);
    }

    private static Element safeHtml(BookChapter chapter) {
        Element body = new Element("div");
        body.html(MarkdownText.toSafeHtml(chapter.markdown()));
        return body;
    }

    /**
     * Numbers the notes in the order they are first called, as the print does; a note called twice
     * keeps its number, and each call gets an identifier of its own.
     */
    private static List<Element> linkFootnotesAsNotes(Element body) {
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> callsSoFar = new HashMap<>();
        List<Element> notes = new ArrayList<>();
        // One walk of the text for the notes, rather than one per call.
        Map<String, Element> listedNotes = new HashMap<>();
        body.select("section.footnotes li[id]").forEach(listed -> listedNotes.put(listed.id(), listed));
        for (Element call : body.select("sup.footnote-ref")) {
            Element link = call.selectFirst("a[href^=#fn-]");
            Element listed = link == null ? null : listedNotes.get(link.attr("href").substring(1));
            if (listed == null) {
                call.remove();
                continue;
            }
            Integer known = numbers.get(listed.id());
            int number = known == null ? notes.size() + 1 : known;
            if (known == null) {
                numbers.put(listed.id(), number);
                notes.add(note(listed, number));
            }
            int calls = callsSoFar.merge(listed.id(), 1, Integer::sum);
            call.empty().removeAttr("class");
            call.appendElement("a").attr("epub:type", "noteref").attr("role", "doc-noteref")
                    .attr("id", "noteref-" + number + (calls > 1 ? "-" + calls : ""))
                    .attr("href", "#note-" + number).text(Integer.toString(number));
        }
        body.select("section.footnotes").remove();
        body.select("[id]:not([id^=noteref-])").removeAttr("id");
        body.select("[class]").removeAttr("class");
        return notes;
    }

    private static Element note(Element listed, int number) {
        Element aside = new Element("aside").attr("epub:type", "footnote").attr("role", "doc-footnote")
                .attr("id", "note-" + number).addClass("note");
        Element content = listed.clone();
        content.select("a.footnote-backref").remove();
        content.select("[id]").removeAttr("id");
        content.select("[class]").removeAttr("class");
        Element first = content.selectFirst("> p");
        if (first == null) {
            first = new Element("p");
            first.appendChildren(content.childNodesCopy());
            content.empty().appendChild(first);
        }
        trimTrailingWhitespace(first);
        first.prependText(" ");
        first.prependElement("a").attr("role", "doc-backlink").attr("href", "#noteref-" + number).text(number + ".");
        for (Element paragraph : content.select("> p")) {
            trimTrailingWhitespace(paragraph);
        }
        aside.appendChildren(content.childNodesCopy());
        return aside;
    }

    /** Commonmark aligns table cells with {@code align}, which XHTML 5 no longer has. */
    private static void alignCellsWithStyle(Element body) {
        for (Element cell : body.select("th[align], td[align]")) {
            cell.attr("style", "text-align: " + cell.attr("align")).removeAttr("align");
        }
    }

    /**
     * Commonmark lists footnotes at the end of the text; a printed book shows each one at the foot of
     * the page that calls it, which the layout engine does for an element with {@code float: footnote}
     * placed at the call.
     */
    private static void placeFootnotesWhereCalled(Element body) {
        for (Element call : body.select("sup.footnote-ref")) {
            Element link = call.selectFirst("a[href^=#fn-]");
            Element note = link == null ? null : body.getElementById(link.attr("href").substring(1));
            if (note == null) {
                call.remove();
                continue;
            }
            Element footnote = new Element("span").addClass("footnote");
            Element content = note.clone();
            content.select("a.footnote-backref").remove();
            List<Element> paragraphs = content.select("> p");
            if (paragraphs.isEmpty()) {
                footnote.appendChildren(content.childNodesCopy());
            } else {
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (i > 0) {
                        footnote.appendChild(new Element("br"));
                    }
                    footnote.appendChildren(paragraphs.get(i).childNodesCopy());
                }
            }
            trimTrailingWhitespace(footnote);
            call.replaceWith(footnote);
        }
        body.select("section.footnotes").remove();
        body.select("[id]").removeAttr("id");
        body.select("[class]:not(span.footnote)").removeAttr("class");
    }

    private static void trimTrailingWhitespace(Element element) {
        if (element.childNodeSize() > 0 && element.childNode(element.childNodeSize() - 1) instanceof TextNode text) {
            text.text(text.text().stripTrailing());
        }
    }

    /**
     * Figures are named in Markdown and stored with the chapter: the name is replaced by the image
     * itself, with the alternative text that PDF/UA requires, and a figure standing alone in its
     * paragraph becomes a captioned figure.
     */
    private static void showFigures(BookChapter chapter, Element body, Function<BookFigure, String> source) {
        Map<String, BookFigure> figures = chapter.figures().stream()
                .collect(Collectors.toMap(BookFigure::name, Function.identity(), (first, second) -> first));
        for (Element img : body.select("img")) {
            String name = img.attr("src");
            BookFigure figure = figures.get(name);
            if (figure == null) {
                throw new BookRenderingException("Chapter " + chapter.number() + " shows a figure named “" + name
                        + "” that is not among its figures");
            }
            img.attr("src", source.apply(figure));
            img.attr("alt", figure.alternativeText());
            img.removeAttr("title");
            Element paragraph = img.parent();
            if (paragraph != null && paragraph.tagName().equals("p") && paragraph.childrenSize() == 1
                    && paragraph.ownText().isBlank()) {
                Element standalone = new Element("figure");
                standalone.appendChild(img.clone());
                if (figure.caption() != null && !figure.caption().isBlank()) {
                    standalone.appendElement("figcaption").text(figure.caption());
                }
                paragraph.replaceWith(standalone);
            }
        }
    }

    /**
     * A paragraph that is only a card's directive ({@code ::practice[12]}) becomes the card, built from
     * the registry's text as text nodes, never as markup.
     */
    private static void showCards(BookChapter chapter, Element body, String lineSeparator) {
        CardDirectives.replace(body, chapter.cards(), card -> card(card, lineSeparator), reference -> {
            throw new BookRenderingException("Chapter " + chapter.number() + " shows the card " + reference.directive()
                    + ", which is not in the registry");
        });
    }

    static Element card(BookCard card, String lineSeparator) {
        Element frame = new Element("div").addClass("card");
        frame.appendElement("p").addClass("card-kind").text(card.kind());
        frame.appendElement("p").addClass("card-title").text(card.title());
        for (BookCard.Line line : card.lines()) {
            Element fact = frame.appendElement("p").addClass("card-line");
            fact.appendElement("span").addClass("card-label").text(line.label());
            fact.appendText(lineSeparator + line.value());
        }
        if (!card.text().isBlank()) {
            frame.appendElement("p").addClass("card-text").text(card.text());
        }
        if (card.link() != null) {
            frame.appendElement("p").addClass("card-link").appendElement("a").attr("href", card.link()).text(card.link());
        }
        return frame;
    }

    static String dataUri(BookFigure figure) {
        return "data:" + figure.image().mediaType() + ";base64,"
                + Base64.getEncoder().encodeToString(figure.image().content());
    }

    /** PDF/UA wants a description on every link; its text is the best one the author gave. */
    private static void describeLinks(Element body) {
        for (Element link : body.select("a[href]:not([title])")) {
            link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
        }
    }

    /**
     * Authors may start their sections at any Markdown level; screen readers need levels that never
     * skip (PDF/UA), so levels are renumbered from the first section's level down, one step at most at a time.
     */
    static void levelHeadings(Element body, int firstSectionLevel) {
        List<Element> headings = body.select("h1, h2, h3, h4, h5, h6");
        int previous = firstSectionLevel - 1;
        int shallowest = headings.stream().mapToInt(ChapterMarkdown::level).min().orElse(1);
        for (Element heading : headings) {
            int wanted = firstSectionLevel + level(heading) - shallowest;
            int level = Math.min(Math.min(wanted, previous + 1), 6);
            heading.tagName("h" + level);
            previous = level;
        }
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
