package fr.cohorte.publication.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

import fr.cohorte.publication.BookCard;

/** Replaces each paragraph of rendered Markdown that is only a card directive, for the book and for the web. */
final class CardDirectives {

    private CardDirectives() {
    }

    static void replace(Element body, Iterable<BookCard> cards, Function<BookCard, Element> shown,
                        Function<BookCard.Reference, Element> missing) {
        Map<BookCard.Reference, BookCard> byReference = java.util.stream.StreamSupport.stream(cards.spliterator(), false)
                .collect(Collectors.toMap(BookCard::reference, Function.identity(), (first, second) -> first));
        for (Element paragraph : body.select("p")) {
            Optional<BookCard.Reference> named = BookCard.Reference.alone(paragraph.text());
            if (named.isPresent()) {
                BookCard card = byReference.get(named.get());
                paragraph.replaceWith(card == null ? missing.apply(named.get()) : shown.apply(card));
            }
        }
    }
}
