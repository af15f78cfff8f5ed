package fr.cohorte.web;

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

    static final String CODE = "limit-exceeded";

    private final MessageSource messages;
    private final ApiProblems problems;

    ApiLimitProblems(MessageSource messages, ApiProblems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler
    ProblemDetail exceeded(RequestLimitExceededException exceeded, Locale locale) {
        String message = messages.getMessage("api.limit.exceeded",
                new Object[] {exceeded.limit(), exceeded.maximum(), exceeded.actual(), exceeded.field()}, SupportedLanguages.closestTo(locale));
        return problem(HttpStatus.BAD_REQUEST, exceeded.limit(), exceeded.maximum(), exceeded.actual(), exceeded.field(), message, locale);
    }

    /** A body larger than the limit: 413, since the request may be right in every field and only too large to read. */
    ProblemDetail bodyTooLarge(long maximum, Long actual, Locale locale) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "bodyBytes", maximum, actual, "body",
                messages.getMessage("api.limit.body", new Object[] {maximum}, SupportedLanguages.closestTo(locale)), locale);
    }

    ProblemDetail nestedTooDeep(int maximum, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "jsonDepth", maximum, null, "body",
                messages.getMessage("api.limit.json-depth", new Object[] {maximum}, SupportedLanguages.closestTo(locale)), locale);
    }

    private ProblemDetail problem(HttpStatus status, String limit, long maximum, Long actual, String field, String message, Locale locale) {
        ProblemDetail problem = problems.problemWithDetail(status, CODE, locale, message);
        problem.setProperty("limit", limit);
        problem.setProperty("maximum", maximum);
        if (actual != null) {
            problem.setProperty("actual", actual);
        }
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
