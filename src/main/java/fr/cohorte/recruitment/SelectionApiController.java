package fr.cohorte.recruitment;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stateless selection API for integrators and benchmarks. Bad input answers an RFC 9457 problem
 * whose {@code errors} name each field at fault.
 */
@RestController
@RequestMapping("/api/v1/selection")
class SelectionApiController {

    static final URI INVALID_REQUEST = URI.create("/problems/invalid-selection-request");

    private final CohortSelection selection;

    SelectionApiController(CohortSelection selection) {
        this.selection = selection;
    }

    @PostMapping("/solve")
    SelectionResponse solve(@RequestBody SelectionRequest request, Locale locale) {
        return selection.solve(request, language(locale));
    }

    @PostMapping("/forcing-cost")
    ForcingCost forcingCost(@RequestBody SelectionRequest request, @RequestParam String candidate, Locale locale) {
        return selection.forcingCost(request, candidate, language(locale));
    }

    /**
     * With {@code leaveQuotasShort}, a dead end answers, as the staff pages offer it, the cohort that
     * misses the quotas by the fewest people (kind {@code SHORT}, with its {@code shortfalls}) instead of
     * {@code IMPOSSIBLE}.
     */
    @PostMapping("/replacement")
    Replacement replacement(@RequestBody ReplacementRequest request, @RequestParam(defaultValue = "false") boolean leaveQuotasShort,
                            Locale locale) {
        Replacement replacement = selection.replacement(request, language(locale));
        if (leaveQuotasShort && replacement.kind() == Replacement.Kind.IMPOSSIBLE) {
            Replacement leavingShort = selection.replacementLeavingQuotasShort(request, language(locale));
            return leavingShort.kind() == Replacement.Kind.SHORT ? leavingShort : replacement;
        }
        return replacement;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidSelectionRequestException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid selection request");
        problem.setProperty("errors", exception.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not a selection request in JSON.");
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid selection request");
        problem.setProperty("errors", List.of(new InvalidSelectionRequestException.FieldError("body", "not readable as JSON")));
        return problem;
    }

    /** French unless the client asks for English: the two languages the bundles hold. */
    private static Locale language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CohortSelection.DEFAULT_LOCALE;
    }
}
