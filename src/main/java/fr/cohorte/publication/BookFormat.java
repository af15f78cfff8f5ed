package fr.cohorte.publication;

/** The editions a book comes out in, each with its own ISBN. */
public enum BookFormat {
    PRINT("isbnPrint"),
    PDF("isbnPdf"),
    EPUB("isbnEpub");

    private final String field;

    BookFormat(String field) {
        this.field = field;
    }

    /** The metadata form's field where this edition's ISBN is typed. */
    public String field() {
        return field;
    }

    /** ISBNs by edition, unmodifiable, in this enum's order (print first); {@code null} reads as none. */
    public static java.util.Map<BookFormat, String> ordered(java.util.Map<BookFormat, String> isbns) {
        return isbns == null || isbns.isEmpty() ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(isbns));
    }

    /** The key of the edition's name in messages ("imprimé", "PDF", "EPUB"). */
    public String messageKey() {
        return "publication.format." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
