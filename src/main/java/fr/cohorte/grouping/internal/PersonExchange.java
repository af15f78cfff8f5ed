package fr.cohorte.grouping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;

/**
 * Moves that exchange two people's places in every round at once. When neither has history, a
 * lock, or an absence the other lacks, such an exchange only renames who sits where: every pair
 * still meets as often as before under other names, so the count of meetings again cannot change,
 * while horizon mixes, colleagues and gender balance can. Walking these exchanges improves the
 * other rules of a plan whose encounters are already as good as they get.
 */
final class PersonExchange {

    /** Steps during which a person just exchanged is not exchanged again (unless that beats the best plan). */
    private static final int TENURE_MIN = 3;
    private static final int TENURE_SPREAD = 5;
    /** Pairs priced between two looks at the clock. */
    private static final int STOP_CHECK_PAIRS = 256;

    private final MixingProblem problem;
    /** Pairs {p, q} whose exchange is a pure renaming. */
    private final int[][] pairs;

    PersonExchange(MixingProblem problem) {
        this.problem = problem;
        int n = problem.participantCount();
        boolean[] hasHistory = new boolean[n];
        for (int[][] round : problem.history()) {
            for (int[] group : round) {
                for (int p : group) {
                    hasHistory[p] = true;
                }
            }
        }
        StringBuilder[] rounds = new StringBuilder[n];
        boolean[] locked = new boolean[n];
        for (int p = 0; p < n; p++) {
            rounds[p] = new StringBuilder();
        }
        for (MixingProblem.PlannedRound round : problem.rounds()) {
            boolean[] present = new boolean[n];
            for (int p : round.present()) {
                present[p] = true;
                locked[p] |= round.lockedGroup()[p] >= 0;
            }
            for (int p = 0; p < n; p++) {
                rounds[p].append(present[p] ? '1' : '0');
            }
        }
        boolean[] hasApart = new boolean[n];
        for (int[] pair : problem.apartPairs()) {
            hasApart[pair[0]] = true;
            hasApart[pair[1]] = true;
        }
        String[] signature = new String[n];
        for (int p = 0; p < n; p++) {
            signature[p] = hasHistory[p] || locked[p] || hasApart[p] ? null : rounds[p].toString();
        }
        List<int[]> found = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                if (signature[p] != null && signature[p].equals(signature[q])) {
                    found.add(new int[] {p, q});
                }
            }
        }
        this.pairs = found.toArray(int[][]::new);
    }

    /** Whether exchanging p and q everywhere only renames them. */
    boolean canExchange(int p, int q) {
        for (int[] pair : pairs) {
            if (pair[0] == Math.min(p, q) && pair[1] == Math.max(p, q)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return pairs.length == 0;
    }

    /** p and q take each other's place in every round; doing it again undoes it. */
    void exchange(MixingState state, int p, int q) {
        for (int r = 0; r < problem.rounds().size(); r++) {
            int gp = state.groupOf(r, p);
            if (gp >= 0 && gp != state.groupOf(r, q)) {
                state.swap(r, p, q);
            }
        }
    }

    /**
     * The change of the weighted rules other than meetings again if p and q took each other's place
     * in every round, computed without moving anybody: those rules are counted round by round, so the
     * change is the sum of each round's swap.
     */
    long price(MixingState state, int p, int q) {
        long change = 0;
        for (int r = 0; r < problem.rounds().size(); r++) {
            int gp = state.groupOf(r, p);
            if (gp >= 0 && gp != state.groupOf(r, q)) {
                change += state.swapOthers(r, p, q);
            }
        }
        return change;
    }

    /**
     * A tabu walk over exchanges from the state's plan, for at most {@code steps} steps: every step
     * makes the exchange that lowers the weighted rules other than meetings again the most (or raises
     * them the least), among people not exchanged in the last few steps. Meetings again never change.
     * Returns the best plan met, or {@code null} when none beat the start; the state is left where
     * the walk ended.
     */
    MixingPlan walk(MixingState state, int steps, SplittableRandom random, BooleanSupplier stop) {
        // A step prices every pair in every round: up to participants^2 / 2 x rounds swaps, so the
        // clock is read every few hundred pairs too, and a step cut short makes no exchange.
        long current = 0;
        long best = 0;
        MixingPlan bestPlan = null;
        long[] tabuUntil = new long[problem.participantCount()];
        for (int step = 1; step <= steps && !stop.getAsBoolean(); step++) {
            long cheapest = Long.MAX_VALUE;
            int chosen = -1;
            int ties = 0;
            for (int i = 0; i < pairs.length; i++) {
                if (i % STOP_CHECK_PAIRS == STOP_CHECK_PAIRS - 1 && stop.getAsBoolean()) {
                    return bestPlan;
                }
                int p = pairs[i][0];
                int q = pairs[i][1];
                long change = price(state, p, q);
                if (change > cheapest
                        || (tabuUntil[p] > step || tabuUntil[q] > step) && current + change >= best) {
                    continue;
                }
                if (change < cheapest) {
                    cheapest = change;
                    ties = 0;
                }
                if (random.nextInt(++ties) == 0) {
                    chosen = i;
                }
            }
            if (chosen < 0) {
                break;
            }
            int p = pairs[chosen][0];
            int q = pairs[chosen][1];
            exchange(state, p, q);
            current += cheapest;
            tabuUntil[p] = step + TENURE_MIN + random.nextInt(TENURE_SPREAD);
            tabuUntil[q] = step + TENURE_MIN + random.nextInt(TENURE_SPREAD);
            if (current < best) {
                best = current;
                bestPlan = state.plan();
            }
        }
        return bestPlan;
    }

    /** A few random exchanges, to leave a plan the walk cannot improve. */
    void shake(MixingState state, int exchanges, SplittableRandom random) {
        for (int k = 0; k < exchanges && pairs.length > 0; k++) {
            int[] pair = pairs[random.nextInt(pairs.length)];
            exchange(state, pair[0], pair[1]);
        }
    }
}
