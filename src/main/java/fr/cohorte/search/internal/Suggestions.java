package fr.cohorte.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * "Did you mean": each word typed that no visible item holds is replaced by the closest word (at most
 * two letters apart, one for short words) of the items the reader may see that hold words close to
 * it. The vocabulary is read from those items only, never from the whole index, so that a suggestion
 * never spells out a word of an item the reader may not see.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * @param typed   the query as typed
     * @param texts   titles and texts the reader may see, close to the query
     * @param finds   whether a query finds anything the reader may see
     */
    public static Optional<String> of(String typed, List<String> texts, Predicate<String> finds) {
        Map<String, Word> vocabulary = vocabulary(texts);
        if (vocabulary.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String word : typed.split("\\s+")) {
            List<Token> tokens = tokens(word);
            if (tokens.size() != 1 || vocabulary.containsKey(tokens.getFirst().folded())) {
                words.add(word);
                continue;
            }
            String folded = tokens.getFirst().folded();
            int allowed = folded.length() <= 4 ? 1 : 2;
            Word best = null;
            int bestDistance = allowed + 1;
            for (Word candidate : vocabulary.values()) {
                int distance = distance(folded, candidate.folded(), bestDistance);
                if (distance < bestDistance || distance == bestDistance && best != null && candidate.count() > best.count()) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best == null || bestDistance > allowed) {
                words.add(word);
            } else {
                Token token = tokens.getFirst();
                words.add(word.substring(0, token.start()) + best.surface() + word.substring(token.end()));
                changed = true;
            }
        }
        String suggestion = String.join(" ", words);
        return changed && finds.test(suggestion) ? Optional.of(suggestion) : Optional.empty();
    }

    private record Token(String folded, int start, int end) {
    }

    /** A word of the visible items: folded for comparison, as written (lower case) for the suggestion. */
    private record Word(String folded, String surface, int count) {
    }

    private static Map<String, Word> vocabulary(List<String> texts) {
        Map<String, Word> words = new HashMap<>();
        for (String text : texts) {
            for (Token token : tokens(text)) {
                String surface = text.substring(token.start(), token.end()).toLowerCase(Locale.FRENCH);
                int apostrophe = Math.max(surface.lastIndexOf('\''), surface.lastIndexOf('\u2019'));
                String word = apostrophe >= 0 ? surface.substring(apostrophe + 1) : surface;
                words.merge(token.folded(), new Word(token.folded(), word, 1),
                        (known, added) -> new Word(known.folded(), known.surface(), known.count() + 1));
            }
        }
        return words;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = FrenchText.EXACT.tokenStream(SearchFields.TEXT_EXACT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Levenshtein distance, given up (answering {@code bound}) once it reaches {@code bound}. */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) >= bound) {
            return bound;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest >= bound) {
                return bound;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], bound);
    }
}
