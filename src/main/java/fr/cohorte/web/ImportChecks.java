package fr.cohorte.web;

import java.util.List;
import java.util.Locale;

/** The checks every spreadsheet import makes on a cell, each naming the line and column at fault. */
public final class ImportChecks {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private ImportChecks() {
    }

    /** The cell's text, or a problem when it is missing or longer than {@code maxLength}. */
    public static String required(Spreadsheet.Line line, List<ImportProblem> problems, String field, int maxLength,
                                  String... headers) {
        String value = line.get(headers);
        if (value == null) {
            problems.add(new ImportProblem(line.number(), field, "import.required", null));
        } else {
            tooLong(line, problems, field, value, maxLength);
        }
        return value;
    }

    /** The cell's text or null; a problem when it is longer than {@code maxLength}. */
    public static String optional(Spreadsheet.Line line, List<ImportProblem> problems, String field, int maxLength,
                                  String... headers) {
        String value = line.get(headers);
        if (value != null) {
            tooLong(line, problems, field, value, maxLength);
        }
        return value;
    }

    /** The address in lower case, or null with a problem when it does not look like one. */
    public static String email(String text, int line, List<ImportProblem> problems, String field) {
        String email = text.toLowerCase(Locale.ROOT);
        if (!email.matches(EMAIL)) {
            problems.add(new ImportProblem(line, field, "import.email.invalid", email));
            return null;
        }
        return email;
    }

    private static void tooLong(Spreadsheet.Line line, List<ImportProblem> problems, String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            problems.add(new ImportProblem(line.number(), field, "import.too-long", String.valueOf(maxLength)));
        }
    }
}
