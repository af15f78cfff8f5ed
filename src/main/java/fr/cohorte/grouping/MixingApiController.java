package fr.cohorte.grouping;

import java.util.Locale;

import fr.cohorte.web.ApiProblems;
import fr.cohorte.web.SupportedLanguages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stateless mixing API for integrators and benchmarks. Bad input is answered with an RFC 9457
 * problem listing each field at fault, never with a server error.
 */
@Tag(name = "mixing", description = "api.docs.tag.mixing")
@RestController
@RequestMapping("/api/v1/mixing")
class MixingApiController {

    private final MixingService mixing;
    private final ApiProblems problems;
    private final MessageSource messages;

    MixingApiController(MixingService mixing, ApiProblems problems, MessageSource messages) {
        this.mixing = mixing;
        this.problems = problems;
        this.messages = messages;
    }

    @Operation(summary = "api.docs.mixing.solve.summary", description = "api.docs.mixing.solve.description")
    @PostMapping("/solve")
    MixingResponse solve(@RequestBody MixingRequest request) {
        return mixing.solve(request);
    }

    @ExceptionHandler(MixingValidationException.class)
    ProblemDetail invalidRequest(MixingValidationException invalid, Locale locale) {
        Locale language = SupportedLanguages.closestTo(locale);
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-mixing-request", language, invalid.refusals().size());
        problem.setProperty("errors", invalid.errors(messages, language));
        return problem;
    }
}
