package fr.cohorte.web;

import java.io.Serializable;
import java.util.List;

/**
 * What a checked import file gives: the lines ready to store and the problems found. Kept in the HTTP
 * session between the preview and the confirmation, so its rows are serialisable.
 */
public record ImportPreview<R extends Serializable>(List<R> rows, List<ImportProblem> problems, List<Integer> examples)
        implements Serializable {

    /** A preview of a file without a template's example line. */
    public ImportPreview(List<R> rows, List<ImportProblem> problems) {
        this(rows, problems, List.of());
    }

    /** Only a file with lines and without a single problem may be confirmed. */
    public boolean acceptable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
