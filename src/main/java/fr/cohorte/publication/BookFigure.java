package fr.cohorte.publication;

import java.util.Objects;

/**
 * An illustration of a chapter, referenced from its Markdown as {@code ![](name)}. The alternative
 * text is what a screen reader says instead of the image: PDF/UA requires it, so it is required here.
 */
public record BookFigure(String name, BookImage image, String alternativeText, String caption) {

    public BookFigure {
        BookModel.requireText(name, "figure name");
        BookModel.requireText(alternativeText, "alternative text of figure " + name);
        Objects.requireNonNull(image, "image");
    }
}
