package fr.cohorte.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cohorte.knowledge.KnowledgeCard;
import fr.cohorte.knowledge.KnowledgeCards;
import fr.cohorte.knowledge.Practice;
import fr.cohorte.knowledge.Recommendation;
import fr.cohorte.web.MarkdownText;

/**
 * The cards of the registry, for the book: a practice by its type, territory, stage and evidence,
 * a recommendation by whom it is addressed to and the practices it rests on, each with its text
 * cut to a card's length. Facts come from the registry's fields, never from a hearing's speakers,
 * so a card names no one heard under the Chatham House rule.
 */
@Component
class RegistryCards implements KnowledgeCards {

    /** A card is a summary: longer texts stop at a word before this many characters. */
    static final int MAX_TEXT = 600;

    private final PracticeRepository practices;
    private final RecommendationRepository recommendations;
    private final MessageSource messages;

    RegistryCards(PracticeRepository practices, RecommendationRepository recommendations, MessageSource messages) {
        this.practices = practices;
        this.recommendations = recommendations;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnowledgeCard> card(KnowledgeCard.Kind kind, long id, Locale language) {
        return switch (kind) {
            case PRACTICE -> practices.findById(id).map(practice -> practice(practice, language));
            case RECOMMENDATION -> recommendations.findById(id).map(recommendation -> recommendation(recommendation, language));
        };
    }

    private KnowledgeCard practice(Practice practice, Locale language) {
        List<KnowledgeCard.Fact> facts = new ArrayList<>();
        facts.add(fact("practice.type", practice.getType().name(language), language));
        practice.territory().ifPresent(territory -> facts.add(fact("practice.territory", territory.name(language), language)));
        facts.add(fact("practice.stage", message("practice.stage." + practice.getStage(), language), language));
        facts.add(fact("practice.evidence", message("practice.evidence." + practice.getEvidence(), language), language));
        return new KnowledgeCard(KnowledgeCard.Kind.PRACTICE, practice.getId(), message("knowledge.card.practice", language),
                practice.getTitle(), facts, plain(practice.getDescription()),
                practice.isPublished() ? "/practices/" + practice.getId() : null);
    }

    private KnowledgeCard recommendation(Recommendation recommendation, Locale language) {
        List<KnowledgeCard.Fact> facts = new ArrayList<>();
        if (!recommendation.getAddressees().isEmpty()) {
            facts.add(fact("knowledge.card.addressed-to", String.join(", ", recommendation.getAddressees().stream()
                    .map(addressee -> message("recommendation.addressee." + addressee, language)).toList()), language));
        }
        List<String> restsOn = practices.findAllById(recommendation.getPracticeIds()).stream()
                .sorted(java.util.Comparator.comparing(Practice::getId)).map(Practice::getTitle).toList();
        if (!restsOn.isEmpty()) {
            facts.add(fact("knowledge.card.rests-on", String.join(" ; ", restsOn), language));
        }
        return new KnowledgeCard(KnowledgeCard.Kind.RECOMMENDATION, recommendation.getId(),
                message("knowledge.card.recommendation", language), recommendation.getTitle(), facts,
                plain(recommendation.getText()),
                recommendation.isPublished() ? "/recommendations/" + recommendation.getId() : null);
    }

    private KnowledgeCard.Fact fact(String labelKey, String value, Locale language) {
        return new KnowledgeCard.Fact(message(labelKey, language), value);
    }

    private String message(String key, Locale language) {
        return messages.getMessage(key, null, key, language);
    }

    /** Markdown as the plain text a card prints, cut at a word when it is longer than a card holds. */
    static String plain(String markdown) {
        String text = MarkdownText.toPlainText(markdown).strip();
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TEXT - 1);
        return text.substring(0, cut > 0 ? cut : MAX_TEXT - 1).stripTrailing() + " …";
    }
}
