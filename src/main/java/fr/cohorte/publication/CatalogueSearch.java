package fr.cohorte.publication;

import java.util.Locale;

/**
 * What a visitor asks of the catalogue.
 *
 * @param q         words found in the title, abstract, keywords, chapters or names
 * @param year      year of publication
 * @param session   number of the national session
 * @param publisher organisation id of a co-publisher
 */
public record CatalogueSearch(String q, Integer year, Integer session, Long publisher) {

    public CatalogueSearch {
        q = q == null ? "" : q.trim();
    }

    boolean matches(CatalogueEntry entry) {
        return (year == null || year.equals(entry.year()))
                && (session == null || session.equals(entry.sessionNumber()))
                && (publisher == null || entry.publishers().stream().anyMatch(p -> p.id() == publisher))
                && (q.isEmpty() || searchableText(entry).contains(q.toLowerCase(Locale.ROOT)));
    }

    private static String searchableText(CatalogueEntry entry) {
        StringBuilder text = new StringBuilder()
                .append(entry.title()).append('\n')
                .append(nullToEmpty(entry.subtitle())).append('\n')
                .append(nullToEmpty(entry.summary())).append('\n')
                .append(String.join("\n", entry.keywords())).append('\n')
                .append(entry.coordinatorNames()).append('\n')
                .append(entry.publisherNames()).append('\n');
        entry.chapters().forEach(chapter -> text.append(chapter.title()).append('\n').append(chapter.authorNames()).append('\n'));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
