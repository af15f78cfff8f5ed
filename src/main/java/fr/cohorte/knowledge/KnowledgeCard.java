package fr.cohorte.knowledge;

import java.util.List;

/**
 * A practice or a recommendation summed up for a card in a chapter, in one language: what the
 * book prints and the chapter's preview shows. It names no speaker of a hearing held under the
 * Chatham House rule.
 *
 * @param kindLabel  "Pratique de coopération", "Recommandation"…
 * @param facts      labelled facts, in the order shown
 * @param text       the practice's description or the recommendation's text, as plain text
 * @param publicPath its public page ({@code /practices/12}), or null while it is not published
 */
public record KnowledgeCard(Kind kind, long id, String kindLabel, String title, List<Fact> facts, String text,
                            String publicPath) {

    public KnowledgeCard {
        facts = List.copyOf(facts);
    }

    public enum Kind { PRACTICE, RECOMMENDATION }

    public record Fact(String label, String value) {
    }
}
