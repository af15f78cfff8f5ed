package fr.cohorte.recruitment;

import java.util.List;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;

/**
 * The request cannot be read as a selection problem: the one refusal, said as how many errors it holds,
 * with each error naming the field at fault. The selection API answers it with its {@code errors} listed.
 */
public class InvalidSelectionRequestException extends RefusedException {

    private final transient List<FieldError> errors;

    public InvalidSelectionRequestException(List<FieldError> errors) {
        super(Refusal.invalid("problem.invalid-selection-request.detail", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** {@code field} is a path into the request, such as {@code candidates[3].id} or {@code quotas[0].min}; {@code message} says why, in the caller's language. */
    public record FieldError(String field, String message) {
    }
}
