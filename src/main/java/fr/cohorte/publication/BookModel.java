package fr.cohorte.publication;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the printed book shows, already resolved from the database: names rather than ids,
 * chapters in reading order. The renderer needs nothing else, so a book can be rendered (and tested)
 * without a database.
 *
 * @param series        collection the book belongs to, or {@code null}
 * @param coordinators  display names, in the order the title page lists them
 * @param coPublishers  organisation names, in the order the cover names them
 * @param summary       the abstract, plain text
 * @param isbns         ISBN-13 of each edition that has one (print, PDF, EPUB); {@code null} for none
 * @param doi           DOI without resolver prefix (e.g. {@code 10.1234/abc}), or {@code null}
 * @param legalDeposit  legal-deposit line as printed (e.g. "Dépôt légal : juin 2016"), or {@code null}
 * @param cover         cover image printed full page, or {@code null} for a typographic cover
 */
public record BookModel(
        String title,
        String subtitle,
        String series,
        List<String> coordinators,
        List<String> coPublishers,
        int year,
        Locale language,
        String summary,
        List<String> keywords,
        Licence licence,
        Map<BookFormat, String> isbns,
        String doi,
        String legalDeposit,
        BookCover cover,
        List<BookChapter> chapters) {

    public BookModel {
        requireText(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(licence, "licence");
        coordinators = List.copyOf(coordinators);
        coPublishers = List.copyOf(coPublishers);
        keywords = List.copyOf(keywords);
        isbns = BookFormat.ordered(isbns);
        chapters = List.copyOf(chapters);
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("A book needs at least one chapter");
        }
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
    }
}
