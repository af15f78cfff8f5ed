package fr.cohorte.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Cards of the registry's practices and recommendations, read as they are now, for the book. */
public interface KnowledgeCards {

    /** The card of this practice or recommendation, in this language; empty when there is none with this id. */
    Optional<KnowledgeCard> card(KnowledgeCard.Kind kind, long id, Locale language);
}
