package fr.cohorte.knowledge;

import java.util.Optional;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.ScopedAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cohorte.search.SearchReader;
import fr.cohorte.web.MarkdownText;

/**
 * Turning a passage of a note into a practice. The passage is looked for in the note's text as a
 * reader sees it (the rendered Markdown, spaces collapsed), and kept as a W3C Web Annotation
 * TextQuoteSelector: the exact words, with a few words before and after so that the same words
 * elsewhere in the note are told apart.
 */
@Service
public class ContributionPassages {

    /** About five words of context on each side. */
    static final int CONTEXT = 32;
    static final int MAX_TITLE = 300;

    private final Contributions contributions;
    private final Practices practices;

    ContributionPassages(Contributions contributions, Practices practices) {
        this.contributions = contributions;
        this.practices = practices;
    }

    /** A passage as a TextQuoteSelector. */
    public record Quote(String exact, String prefix, String suffix) {
    }

    /** Who may draw practices from a note: staff, and the coordinators of its session. */
    public boolean mayDraw(Contribution contribution, SearchReader reader) {
        return Contributions.isStaff(reader) || contributions.isCoordinator(reader, contribution.getSessionNumber());
    }

    /**
     * A draft practice from a passage of the note, titled as given (or by the passage's first words);
     * its id. When the note comes from a Chatham House hearing, the practice's editors are told there
     * ({@link ChathamHouseRule}).
     *
     * @throws ContributionRefusedException when the passage is not in the note, or the reader may not do it
     */
    @Transactional
    public long draftPractice(long contributionId, String passage, String title, SearchReader reader) {
        if (!Contributions.isStaff(reader) && reader.scopes(ScopedAccess.COORDINATOR).isEmpty()) {
            // Neither staff nor a coordinator of anything: refused before any note is looked for.
            throw Refusal.forbidden(Contributions.PASSAGE_REFUSED).exception();
        }
        Contribution contribution = contributions.get(contributionId, reader);
        if (!mayDraw(contribution, reader)) {
            throw Refusal.forbidden(Contributions.PASSAGE_REFUSED).exception();
        }
        Quote quote = locate(plainText(contribution.getBody()), passage)
                .orElseThrow(() -> Refusal.invalid("contribution.passage.not-found").exception());
        String name = title == null || title.isBlank() ? firstWords(quote.exact()) : title.strip();
        if (name.length() > MAX_TITLE) {
            throw Refusal.invalid("contribution.passage.title-too-long", MAX_TITLE).exception();
        }
        return practices.draftFromPassage(contribution.getSessionNumber(), contributionId, quote.exact(), quote.prefix(),
                quote.suffix(), name, null);
    }

    /** The note's text as its readers see it, spaces collapsed. */
    public static String plainText(String markdown) {
        return collapse(MarkdownText.toPlainText(markdown));
    }

    /** The passage in the text, with its context; empty when the text does not hold it (spaces aside). */
    public static Optional<Quote> locate(String text, String passage) {
        String exact = collapse(passage == null ? "" : passage);
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        int start = text.indexOf(exact);
        if (start < 0) {
            return Optional.empty();
        }
        int end = start + exact.length();
        String prefix = text.substring(Math.max(0, start - CONTEXT), start);
        if (start > CONTEXT && prefix.indexOf(' ') >= 0) {
            prefix = prefix.substring(prefix.indexOf(' ') + 1);
        }
        String suffix = text.substring(end, Math.min(text.length(), end + CONTEXT));
        if (end + CONTEXT < text.length() && suffix.lastIndexOf(' ') > 0) {
            suffix = suffix.substring(0, suffix.lastIndexOf(' '));
        }
        return Optional.of(new Quote(exact, prefix, suffix));
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String firstWords(String exact) {
        if (exact.length() <= 120) {
            return exact;
        }
        int cut = exact.lastIndexOf(' ', 119);
        return exact.substring(0, cut > 0 ? cut : 119) + " …";
    }
}
