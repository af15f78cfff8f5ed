package fr.cohorte.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A publication as the catalogue, citations and harvesters read it: every name resolved, chapters
 * in reading order, and the file when there is one.
 *
 * @param sessionNumber  the national session the book comes from, or {@code null}
 * @param coordinators   who directed the book (its editors, in citation terms)
 * @param authors        authors of the whole book, if any beyond the chapters' own
 * @param isbns          the ISBN of each edition that has one, print first
 * @param file           the PDF served, or {@code null} while there is none
 * @param epub           the EPUB served, or {@code null} while there is none
 * @param cover          the cover image's alternative text and size, or {@code null} when it has none
 */
public record CatalogueEntry(
        long id,
        String title,
        String subtitle,
        String series,
        Integer year,
        Locale language,
        String summary,
        List<String> keywords,
        Licence licence,
        Map<BookFormat, String> isbns,
        String doi,
        String legalDeposit,
        Instant modifiedAt,
        Integer sessionNumber,
        List<PersonName> coordinators,
        List<PersonName> authors,
        List<Publisher> publishers,
        List<ChapterEntry> chapters,
        PublicationFile file,
        PublicationEpub epub,
        CoverImage cover) {

    public CatalogueEntry {
        isbns = BookFormat.ordered(isbns);
    }

    /** The uploaded cover as pages show it ({@code /publications/{id}/cover}); its id changes with every upload. */
    public record CoverImage(long id, String alternativeText) {
    }

    /**
     * The one ISBN a format with room for one cites: the PDF edition's, which the catalogue serves,
     * otherwise the first edition's; {@code null} when there is none.
     */
    public String citedIsbn() {
        return isbns.getOrDefault(BookFormat.PDF, isbns.values().stream().findFirst().orElse(null));
    }

    /** A co-publisher, by its organisation's id and the name people use. */
    public record Publisher(long id, String name) {
    }

    /**
     * A chapter as the catalogue lists it; its page in the web edition is {@code /publications/{id}/chapters/{number}}.
     *
     * @param doi the chapter's own DOI, bare, or {@code null}
     */
    public record ChapterEntry(long id, int number, String title, String summary, List<PersonName> authors, String doi) {

        public String authorNames() {
            return String.join(", ", authors.stream().map(PersonName::display).toList());
        }

        public String doiUrl() {
            return doi == null ? null : "https://doi.org/" + doi;
        }
    }

    /** The chapter of that number, if the book has one. */
    public java.util.Optional<ChapterEntry> chapter(int number) {
        return chapters.stream().filter(chapter -> chapter.number() == number).findFirst();
    }

    /** Title and subtitle as one line, the way references print them. */
    public String fullTitle() {
        return subtitle == null || subtitle.isBlank() ? title : title + " : " + subtitle;
    }

    /** Who is credited first: the authors when the book has some, otherwise its coordinators. */
    public List<PersonName> creators() {
        return authors.isEmpty() ? coordinators : authors;
    }

    /** Everyone who wrote a chapter, each once, in the order they first appear. */
    public List<PersonName> chapterAuthors() {
        return chapters.stream().flatMap(chapter -> chapter.authors().stream()).distinct().toList();
    }

    public String publisherNames() {
        return String.join(", ", publishers.stream().map(Publisher::name).toList());
    }

    public String coordinatorNames() {
        return String.join(", ", coordinators.stream().map(PersonName::display).toList());
    }

    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    public boolean hasFile() {
        return file != null;
    }

    public boolean hasEpub() {
        return epub != null;
    }

    /**
     * An edition a reader can download: its format, where ({@code /publications/{id}/pdf}), its size,
     * its media type and its ISBN ({@code null} when it has none).
     */
    public record Download(BookFormat format, String path, long sizeBytes, String mediaType, String isbn) {
    }

    /** The editions served, PDF first, each with its ISBN and size, so that a reader picks one. */
    public List<Download> downloads() {
        List<Download> downloads = new ArrayList<>();
        if (file != null) {
            downloads.add(new Download(BookFormat.PDF, "/publications/" + id + "/pdf", file.getSizeBytes(), file.getMediaType(),
                    isbns.get(BookFormat.PDF)));
        }
        if (epub != null) {
            downloads.add(new Download(BookFormat.EPUB, "/publications/" + id + "/epub", epub.getSizeBytes(), epub.getMediaType(),
                    isbns.get(BookFormat.EPUB)));
        }
        return List.copyOf(downloads);
    }
}
