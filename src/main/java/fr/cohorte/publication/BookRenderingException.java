package fr.cohorte.publication;

/** The book could not be rendered; the message says why in terms a coordinator can act on. */
public class BookRenderingException extends RuntimeException {

    public BookRenderingException(String message) {
        super(message);
    }

    public BookRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
