package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.List;

import fr.cohorte.recruitment.SelectionResponse.Conflict;

/**
 * Who takes the withdrawn participant's seat. Preferably one person from the waiting list
 * ({@link Kind#SINGLE_SWAP}); when nobody alone keeps every quota, the cohort is solved again keeping
 * as many participants as possible ({@link Kind#RESOLVED}), and staff are told so. Several seats open at
 * once are filled together: when every remaining participant stays, the newcomers simply take the
 * freed seats ({@link Kind#FILLED}).
 */
public record Replacement(
        Kind kind,
        String withdrawn,
        List<String> entering,
        List<String> leaving,
        List<String> cohort,
        BigDecimal totalScore,
        SelectionStatus status,
        String explanation,
        List<Conflict> conflicts) {

    public enum Kind {
        SINGLE_SWAP,
        FILLED,
        RESOLVED,
        IMPOSSIBLE
    }
}
