package fr.cohorte.publication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.cohorte.knowledge.KnowledgeCard;
import fr.cohorte.knowledge.KnowledgeCards;
import fr.cohorte.web.SiteAddress;

/**
 * The cards a chapter's Markdown names, read from the knowledge registry at each rendering: a later
 * edit of a practice shows in the next rendering of the book and in the chapter's preview.
 */
@Service
public class BookCards {

    private final KnowledgeCards registry;
    private final SiteAddress site;

    BookCards(KnowledgeCards registry, SiteAddress site) {
        this.registry = registry;
        this.site = site;
    }

    /** The cards named in this Markdown that the registry holds; a name it does not hold is left out. */
    public List<BookCard> in(String markdown, Locale language) {
        return BookCard.Reference.in(markdown).stream()
                .map(reference -> card(reference, language))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<BookCard> card(BookCard.Reference reference, Locale language) {
        KnowledgeCard.Kind kind = reference.kind() == BookCard.Kind.PRACTICE
                ? KnowledgeCard.Kind.PRACTICE : KnowledgeCard.Kind.RECOMMENDATION;
        return registry.card(kind, reference.id(), language).map(card -> new BookCard(reference, card.kindLabel(), card.title(),
                card.facts().stream().map(fact -> new BookCard.Line(fact.label(), fact.value())).toList(), card.text(),
                card.publicPath() == null ? null : site.link(card.publicPath())));
    }
}
