package fr.cohorte.grouping;

import java.util.List;

/** A mixing request that cannot be solved, with every field at fault and why. */
public class MixingValidationException extends RuntimeException {

    /** A field of the request, as a JSON path such as {@code locks[2].participant}, and what is wrong with it. */
    public record InvalidField(String field, String message) {
    }

    private final List<InvalidField> errors;

    public MixingValidationException(List<InvalidField> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
