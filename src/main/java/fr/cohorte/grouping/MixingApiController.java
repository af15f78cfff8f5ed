package fr.cohorte.grouping;

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
@RestController
@RequestMapping("/api/v1/mixing")
class MixingApiController {

    private final MixingService mixing;

    MixingApiController(MixingService mixing) {
        this.mixing = mixing;
    }

    @PostMapping("/solve")
    MixingResponse solve(@RequestBody MixingRequest request) {
        return mixing.solve(request);
    }

    @ExceptionHandler(MixingValidationException.class)
    ProblemDetail invalidRequest(MixingValidationException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("The mixing request cannot be solved");
        problem.setProperty("errors", invalid.errors());
        return problem;
    }
}
