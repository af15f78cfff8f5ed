package fr.cohorte.grouping.internal;

import java.util.Arrays;

import fr.cohorte.grouping.MixingPlan;

/**
 * Where a search reports its starting plan and every plan better than its own best: with the
 * plan's rank (by the goal the search starts with) and hard violations, read from the search's
 * state, so that nobody builds a state again to judge the plan.
 */
sealed interface SearchReports {
    void better(MixingPlan plan, long[] rank, long hardPenalty, long millisSinceStart);

    /** At the end of a search: the steps it made and the swaps it priced. */
    void searched(long steps, long swapsPriced);

    MixingSearch.Outcome outcome();

    /** The outcome once a better plan is found: the steps and swaps counted so far are kept. */
    private static MixingSearch.Outcome found(MixingSearch.Outcome previous, MixingPlan plan, long hardPenalty, long millisSinceStart) {
        return previous == null ? new MixingSearch.Outcome(plan, hardPenalty, millisSinceStart, 0, 0)
                : new MixingSearch.Outcome(plan, hardPenalty, millisSinceStart, previous.steps(), previous.swapsPriced());
    }

    /** One search alone: every better plan is the best so far. */
    static final class Alone implements SearchReports {

        private final MixingSearch.BestPlanListener listener;
        private MixingSearch.Outcome best;

        Alone(MixingSearch.BestPlanListener listener) {
            this.listener = listener;
        }

        @Override
        public void better(MixingPlan plan, long[] rank, long hardPenalty, long millisSinceStart) {
            best = found(best, plan, hardPenalty, millisSinceStart);
            listener.bestSoFar(plan, millisSinceStart);
        }

        @Override
        public void searched(long steps, long swapsPriced) {
            best = best.counted(steps, swapsPriced);
        }

        @Override
        public MixingSearch.Outcome outcome() {
            return best;
        }
    }

    /**
     * The best plan of searches side by side, by the figures the searches start with (their goal
     * may change as they go); told of every plan a search finds better than its own best, it
     * passes on only those better than every plan before. The two searches solve one
     * problem with other seeds, so their goals at the start and their bands are the same: each
     * ranks its own plans.
     */
    static final class Portfolio implements SearchReports {

        private final MixingSearch.BestPlanListener listener;
        private long[] bestRank;
        private MixingSearch.Outcome best;

        Portfolio(MixingSearch.BestPlanListener listener) {
            this.listener = listener;
        }

        @Override
        public synchronized void better(MixingPlan plan, long[] rank, long hardPenalty, long millisSinceStart) {
            if (bestRank == null || Arrays.compare(rank, bestRank) < 0) {
                bestRank = rank;
                best = found(best, plan, hardPenalty, millisSinceStart);
                listener.bestSoFar(plan, millisSinceStart);
            }
        }

        @Override
        public synchronized void searched(long steps, long swapsPriced) {
            best = best.counted(steps, swapsPriced);
        }

        @Override
        public synchronized MixingSearch.Outcome outcome() {
            return best;
        }
    }
}
