package fr.cohorte.directory;

import java.io.Serializable;

/**
 * A checked line of a person import, kept in the HTTP session between the preview and the
 * confirmation.
 */
public record PersonImportRow(int line, PersonDetails details, String organisationName, Long backgroundId) implements Serializable {
}
