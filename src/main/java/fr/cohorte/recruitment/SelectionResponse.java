package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The cohort found, whether it is proven the best, the waiting list best first, a sentence per
 * candidate saying why, and, when the quotas cannot hold together, which ones and by how many people.
 */
public record SelectionResponse(
        SelectionStatus status,
        List<String> selected,
        BigDecimal totalScore,
        List<String> waitlist,
        Map<String, String> explanations,
        List<Conflict> conflicts,
        long solveMillis) {

    /** A setting at fault: {@code attribute} names the quota's field (or {@code seats}, {@code forceIn}...). */
    public record Conflict(String attribute, String value, String message) {
    }
}
