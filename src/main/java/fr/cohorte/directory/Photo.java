package fr.cohorte.directory;

/**
 * An image accepted as a person's photo, as {@link fr.cohorte.web.ImageIntake} took it in: its
 * type read from its first bytes, never from the file name or the type the browser declared.
 */
public record Photo(byte[] content, String contentType) {
}
