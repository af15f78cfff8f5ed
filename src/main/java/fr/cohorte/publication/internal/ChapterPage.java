package fr.cohorte.publication.internal;

import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import fr.cohorte.publication.BookCard;
import fr.cohorte.web.MarkdownText;

/**
 * A chapter as a web page shows it (the preview, the web edition): its Markdown, sanitised, with each
 * card directive ({@code ::practice[12]}) replaced by the card as a DSFR callout. A card the registry
 * does not hold shows as a warning in its place, so the author sees what the book's rendering would
 * refuse.
 */
public final class ChapterPage {

    private ChapterPage() {
    }

    /**
     * @param missing the warning shown in place of a card the registry does not hold
     * @param lineSeparator between a card fact's label and its value (" : " in French)
     */
    public static String html(String markdown, Iterable<BookCard> cards, Function<BookCard.Reference, String> missing,
                              String lineSeparator) {
        Document page = Jsoup.parseBodyFragment(MarkdownText.toSafeHtml(markdown));
        CardDirectives.replace(page.body(), cards, card -> callout(card, lineSeparator), reference -> {
            Element warning = new Element("div").addClass("fr-alert fr-alert--warning fr-alert--sm fr-mb-3w");
            warning.appendElement("p").text(missing.apply(reference));
            return warning;
        });
        // The page's title is its h1: the chapter's sections start at h2, whatever level the author wrote.
        ChapterMarkdown.levelHeadings(page.body(), 2);
        return page.body().html();
    }

    private static Element callout(BookCard card, String lineSeparator) {
        Element callout = new Element("div").addClass("fr-callout fr-mb-3w cohorte-book-card")
                .attr("data-card", card.reference().directive());
        callout.appendElement("p").addClass("fr-badge fr-badge--sm fr-badge--blue-ecume fr-mb-1w").text(card.kind());
        callout.appendElement("p").addClass("fr-callout__title").text(card.title());
        for (BookCard.Line line : card.lines()) {
            Element fact = callout.appendElement("p").addClass("fr-text--sm fr-mb-1v");
            fact.appendElement("strong").text(line.label());
            fact.appendText(lineSeparator + line.value());
        }
        if (!card.text().isBlank()) {
            callout.appendElement("p").addClass("fr-callout__text").text(card.text());
        }
        if (card.link() != null) {
            callout.appendElement("p").addClass("fr-text--sm fr-mt-1w fr-mb-0").appendElement("a")
                    .addClass("fr-link").attr("href", card.link()).text(card.title());
        }
        return callout;
    }
}
