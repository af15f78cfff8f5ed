package fr.cohorte.web;

import java.io.Serializable;

/**
 * What is wrong with one field of one line of an imported file, as a message key and its argument,
 * so that staff read it in their language: "line 4, e-mail: ...".
 */
public record ImportProblem(int line, String field, String messageKey, String argument) implements Serializable {
}
