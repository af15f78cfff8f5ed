package fr.cohorte.grouping;

import java.util.List;

/**
 * The plan: for every requested round, in input order, its groups as lists of participant ids;
 * the figures that judge it; and how long solving took.
 */
public record MixingResponse(List<List<List<String>>> rounds, MixingMetrics metrics, long solveMillis) {
}
