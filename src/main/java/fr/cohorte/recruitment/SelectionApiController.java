package fr.cohorte.recruitment;

import java.util.List;
import java.util.Locale;

import fr.cohorte.web.ApiProblems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "selection", description = "api.docs.tag.selection")
@RestController
@RequestMapping("/api/v1/selection")
class SelectionApiController {

    private final CohortSelection selection;
    private final ApiProblems problems;

    SelectionApiController(CohortSelection selection, ApiProblems problems) {
        this.selection = selection;
        this.problems = problems;
    }

    @Operation(summary = "api.docs.selection.solve.summary", description = "api.docs.selection.solve.description")
    @PostMapping("/solve")
    SelectionResponse solve(@RequestBody SelectionRequest request, Locale locale) {
        return selection.solve(request, language(locale));
    }

    @Operation(summary = "api.docs.selection.forcing-cost.summary", description = "api.docs.selection.forcing-cost.description")
    @PostMapping("/forcing-cost")
    ForcingCost forcingCost(@RequestBody SelectionRequest request, @RequestParam String candidate, Locale locale) {
        return selection.forcingCost(request, candidate, language(locale));
    }

    /**
     * With {@code leaveQuotasShort}, a dead end answers, as the staff pages offer it, the cohort that
     * misses the quotas by the fewest people (kind {@code SHORT}, with its {@code shortfalls}) instead of
     * {@code IMPOSSIBLE}.
     */
    @Operation(summary = "api.docs.selection.replacement.summary", description = "api.docs.selection.replacement.description")
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
    ProblemDetail invalid(InvalidSelectionRequestException exception, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-selection-request", locale, exception.errors().size());
        problem.setProperty("errors", exception.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-selection-request", locale, 1);
        problem.setProperty("errors", List.of(new InvalidSelectionRequestException.FieldError("body",
                problems.text("problem.unreadable-json", locale))));
        return problem;
    }

    /** French unless the client asks for English: the two languages the bundles hold. */
    private static Locale language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CohortSelection.DEFAULT_LOCALE;
    }
}
