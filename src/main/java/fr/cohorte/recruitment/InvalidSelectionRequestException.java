package fr.cohorte.recruitment;

import java.util.List;

/** The request cannot be read as a selection problem; each error names the field at fault. */
public class InvalidSelectionRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidSelectionRequestException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** {@code field} is a path into the request, such as {@code candidates[3].id} or {@code quotas[0].min}. */
    public record FieldError(String field, String message) {
    }
}
