package fr.cohorte.session;

import java.util.List;

import fr.cohorte.directory.Background;

/**
 * How a cohort splits over the horizons: every configured horizon appears, those with nobody too,
 * because a missing horizon is exactly what staff need to see.
 */
public record CohortComposition(List<Share> shares, long total) {

    public record Share(Background background, long count, long total) {

        /** Fraction of the cohort, between 0 and 1. */
        public double fraction() {
            return total == 0 ? 0 : (double) count / total;
        }
    }

    public long largestCount() {
        return shares.stream().mapToLong(Share::count).max().orElse(0);
    }

    /** Bar length for the chart, in percent of the widest bar. */
    public double barPercent(Share share) {
        long largest = largestCount();
        return largest == 0 ? 0 : 100.0 * share.count() / largest;
    }
}
