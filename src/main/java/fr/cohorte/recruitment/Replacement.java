package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.List;

import fr.cohorte.recruitment.SelectionResponse.Conflict;

/**
 * Who takes the withdrawn participant's seat. Preferably one person from the waiting list
 * ({@link Kind#SINGLE_SWAP}); when nobody alone keeps every quota, the cohort is solved again keeping
 * as many participants as possible ({@link Kind#RESOLVED}), and staff are told so. Several seats open at
 * once are filled together: when every remaining participant stays, the newcomers simply take the
 * freed seats ({@link Kind#FILLED}). When no cohort keeps every quota, the dead end may still be met by
 * a cohort that leaves some quotas short ({@link Kind#SHORT}): as few people missing as possible, then as
 * many participants kept as possible, then the best total; {@code shortfalls} says which quotas and by how much.
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
        List<Conflict> conflicts,
        List<Shortfall> shortfalls) {

    public Replacement {
        shortfalls = shortfalls == null ? List.of() : List.copyOf(shortfalls);
    }

    public enum Kind {
        SINGLE_SWAP,
        FILLED,
        RESOLVED,
        SHORT,
        IMPOSSIBLE
    }

    /**
     * A quota the cohort does not keep: {@code attribute} and {@code value} name it as the request does,
     * {@code minimum} and {@code maximum} (null when not set) are its bounds, {@code count} how many the cohort holds.
     */
    public record Shortfall(String attribute, String value, Integer minimum, Integer maximum, int count) {

        /** How many people are missing to reach the minimum (0 when it is reached). */
        public int missing() {
            return minimum == null ? 0 : Math.max(0, minimum - count);
        }

        /** How many people are above the maximum (0 when within it). */
        public int excess() {
            return maximum == null ? 0 : Math.max(0, count - maximum);
        }
    }
}
