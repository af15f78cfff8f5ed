package fr.cohorte.recruitment;

import java.io.Serializable;

/** A checked line of an application import, kept in the HTTP session between the preview and the confirmation. */
public record ApplicationImportRow(int line, ApplicantDetails details) implements Serializable {
}
