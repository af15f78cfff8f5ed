package fr.cohorte.publication;

import java.io.OutputStream;
import java.nio.file.Path;

/** Turns a book into an archival (PDF/A-3u) and accessible (PDF/UA-1) PDF. */
public interface BookRenderer {

    /** Writes the PDF of the book to the stream. */
    void render(BookModel book, OutputStream pdf);

    /**
     * Renders the book into {@code destination} without ever leaving it half-written: the PDF is
     * rendered into a temporary file in the same folder, then moved over the destination in one
     * atomic step. If rendering fails or is interrupted, the previous file stays as it was.
     */
    void render(BookModel book, Path destination);
}
