package fr.cohorte.recruitment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * CP-SAT optimises integers, jury scores are decimals. Every score is multiplied by the same power of
 * ten, the smallest that keeps every given decimal (at most {@value #MAX_DECIMALS}; beyond that scores
 * are rounded half-even, far below any jury's precision). Because the factor is common and exact, the
 * integer optimum is the decimal optimum and totals convert back without rounding.
 */
record ScoreScale(int decimals) {

    static final int MAX_DECIMALS = 6;

    /** Keeps the objective within the 53 bits a double holds exactly, which CP-SAT's bounds reasoning relies on. */
    static final long MAX_TOTAL = 1L << 53;

    static ScoreScale fitting(Collection<BigDecimal> scores) {
        int decimals = scores.stream()
                .mapToInt(score -> Math.max(0, score.stripTrailingZeros().scale()))
                .max().orElse(0);
        return new ScoreScale(Math.min(decimals, MAX_DECIMALS));
    }

    long scaled(BigDecimal score) {
        return score.movePointRight(decimals).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The decimal score back, without trailing zeros nor exponent notation (120, not 1.2E+2). */
    BigDecimal decimal(long scaled) {
        BigDecimal decimal = BigDecimal.valueOf(scaled, decimals).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** Whether {@code seats} scores of this magnitude can be summed safely. */
    boolean fits(BigDecimal score, int seats) {
        BigDecimal limit = BigDecimal.valueOf(MAX_TOTAL / Math.max(1, seats)).movePointLeft(decimals);
        return score.abs().compareTo(limit) <= 0;
    }
}
