package fr.cohorte.publication;

import java.util.Locale;

import fr.cohorte.publication.internal.ChapterPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A chapter's Markdown as web pages show it (the coordinators' preview, the web edition's chapter
 * page): sanitised, its cards read from the registry now and written in the book's language, as in
 * the PDF; a card the registry lacks is told in the reader's language.
 */
@Component
class ChapterHtml {

    private final BookCards cards;
    private final MessageSource messages;

    ChapterHtml(BookCards cards, MessageSource messages) {
        this.cards = cards;
        this.messages = messages;
    }

    String of(String markdown, CatalogueEntry publication, Locale reader) {
        return ChapterPage.html(markdown, cards.in(markdown, publication.language()),
                reference -> messages.getMessage("publication.chapter.card.missing", new Object[] {reference.directive()}, reader),
                messages.getMessage("publication.chapter.card.separator", null, publication.language()));
    }
}
