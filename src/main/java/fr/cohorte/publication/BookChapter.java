package fr.cohorte.publication;

import java.util.List;

/**
 * A chapter as printed: its number, title, authors' display names and its Markdown body.
 * The body may use footnotes ({@code [^1]}), tables (GitHub syntax) and figures written
 * {@code ![](name)}, where {@code name} is one of {@link #figures()}, and cards of practices and
 * recommendations written {@code ::practice[12]}, each one of {@link #cards()}.
 */
public record BookChapter(int number, String title, List<String> authors, String markdown, List<BookFigure> figures,
                          List<BookCard> cards) {

    public BookChapter(int number, String title, List<String> authors, String markdown, List<BookFigure> figures) {
        this(number, title, authors, markdown, figures, List.of());
    }

    public BookChapter {
        BookModel.requireText(title, "chapter title");
        authors = List.copyOf(authors);
        markdown = markdown == null ? "" : markdown;
        figures = List.copyOf(figures);
        cards = List.copyOf(cards);
        if (number < 1) {
            throw new IllegalArgumentException("Chapter numbers start at 1");
        }
    }
}
