package fr.cohorte.publication;

import java.util.Objects;

/**
 * The image printed as the book's first page, full page. PDF/UA asks for its alternative text,
 * so it is required here as for figures.
 */
public record BookCover(BookImage image, String alternativeText) {

    public BookCover {
        Objects.requireNonNull(image, "image");
        BookModel.requireText(alternativeText, "alternative text of the cover");
    }
}
