package fr.cohorte.publication;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A practice or a recommendation as a chapter shows it: a framed card that a line of the chapter's
 * Markdown names with a short directive, {@code ::practice[12]} or {@code ::recommendation[4]}
 * (in French {@code ::pratique[12]}, {@code ::recommandation[4]}), standing alone in its paragraph.
 * The card is read from the registry each time the book is rendered, so a later edit of the practice
 * shows in the next rendering.
 *
 * @param reference what the directive names
 * @param kind      the label of the card's kind, in the book's language ("Pratique de coopération")
 * @param title     the practice's or recommendation's title
 * @param lines     labelled facts, in order (type, territory, evidence…)
 * @param text      its description or the recommendation's text, plain
 * @param link      its public page, or null while it is not public
 */
public record BookCard(Reference reference, String kind, String title, List<Line> lines, String text, String link) {

    public BookCard {
        BookModel.requireText(title, "card title");
        lines = List.copyOf(lines);
        text = text == null ? "" : text;
    }

    /** A labelled fact of a card. */
    public record Line(String label, String value) {
    }

    /** What a card can show. */
    public enum Kind { PRACTICE, RECOMMENDATION }

    /** A card named in Markdown: its kind and the registry's id. */
    public record Reference(Kind kind, long id) {

        private static final Pattern DIRECTIVE = Pattern.compile(
                "::(practice|pratique|recommendation|recommandation)\\[\\s*(\\d{1,18})\\s*]");
        private static final Pattern ALONE = Pattern.compile("^\\s*" + DIRECTIVE.pattern() + "\\s*$");

        /** The card a paragraph of text names, when the paragraph is nothing else. */
        public static Optional<Reference> alone(String paragraph) {
            Matcher matcher = ALONE.matcher(paragraph);
            return matcher.matches() ? Optional.of(of(matcher)) : Optional.empty();
        }

        /** Every card a chapter's Markdown names, in order, each once. */
        public static List<Reference> in(String markdown) {
            if (markdown == null) {
                return List.of();
            }
            return Pattern.compile("(?m)^[ \\t]{0,3}" + DIRECTIVE.pattern() + "[ \\t]*$").matcher(markdown).results()
                    .map(result -> new Reference(kindOf(result.group(1)), Long.parseLong(result.group(2))))
                    .distinct().toList();
        }

        private static Reference of(Matcher matcher) {
            return new Reference(kindOf(matcher.group(1)), Long.parseLong(matcher.group(2)));
        }

        private static Kind kindOf(String word) {
            return word.startsWith("p") ? Kind.PRACTICE : Kind.RECOMMENDATION;
        }

        /** The directive as written in English: {@code ::practice[12]}. */
        public String directive() {
            return "::" + kind.name().toLowerCase(Locale.ROOT) + "[" + id + "]";
        }
    }
}
