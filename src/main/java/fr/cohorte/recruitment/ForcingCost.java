package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.List;

import fr.cohorte.recruitment.SelectionResponse.Conflict;

/**
 * What forcing one candidate into the cohort would cost: the best total without and with them, the
 * difference, and who would enter and leave. {@code status} is OPTIMAL only when both totals are proven.
 */
public record ForcingCost(
        String candidate,
        SelectionStatus status,
        BigDecimal optimum,
        BigDecimal totalWithCandidate,
        BigDecimal cost,
        List<String> entering,
        List<String> leaving,
        String explanation,
        List<Conflict> conflicts) {
}
