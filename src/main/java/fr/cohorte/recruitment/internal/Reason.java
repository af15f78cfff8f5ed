package fr.cohorte.recruitment.internal;

import java.util.List;

/**
 * One sentence of the selection, as data: a code and its parameters. Parameters are plain values,
 * except {@link CandidateAttribute}s, which are rendered with their own message key.
 */
public record Reason(ReasonCode code, List<Object> arguments) {

    static Reason of(ReasonCode code, Object... arguments) {
        return new Reason(code, List.of(arguments));
    }
}
