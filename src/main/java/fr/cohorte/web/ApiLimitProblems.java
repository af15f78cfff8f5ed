package fr.cohorte.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of a request larger than Cohorte accepts, as one kind of RFC 9457 problem: its
 * {@code limit} (the name the README lists), the {@code maximum} it accepts, the {@code actual} size
 * when known, and {@code errors} naming the field at fault, as the other API problems do.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiLimitProblems {

    static final URI TYPE = URI.create("/problems/limit-exceeded");
    private static final String TITLE = "The request exceeds a limit";

    private final MessageSource messages;

    ApiLimitProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail exceeded(RequestLimitExceededException exceeded, Locale locale) {
        String message = messages.getMessage("api.limit.exceeded",
                new Object[] {exceeded.limit(), exceeded.maximum(), exceeded.actual(), exceeded.field()}, SupportedLanguages.closestTo(locale));
        return problem(HttpStatus.BAD_REQUEST, exceeded.limit(), exceeded.maximum(), exceeded.actual(), exceeded.field(), message);
    }

    /** A body larger than the limit: 413, since the request may be right in every field and only too large to read. */
    ProblemDetail bodyTooLarge(long maximum, Long actual, Locale locale) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "bodyBytes", maximum, actual, "body",
                messages.getMessage("api.limit.body", new Object[] {maximum}, locale));
    }

    ProblemDetail nestedTooDeep(int maximum, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "jsonDepth", maximum, null, "body",
                messages.getMessage("api.limit.json-depth", new Object[] {maximum}, locale));
    }

    private static ProblemDetail problem(HttpStatus status, String limit, long maximum, Long actual, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setType(TYPE);
        problem.setTitle(TITLE);
        problem.setProperty("limit", limit);
        problem.setProperty("maximum", maximum);
        if (actual != null) {
            problem.setProperty("actual", actual);
        }
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
