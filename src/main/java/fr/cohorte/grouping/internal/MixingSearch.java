package fr.cohorte.grouping.internal;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BooleanSupplier;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingWeights;

/**
 * Forms the groups by tabu search over swaps of two people within one round, starting from the
 * greedy "fewest already met" plan; swaps keep every size and never touch a lock.
 * <p>
 * Written by hand rather than on Timefold or CP-SAT because of what the benchmark measured on
 * this machine (numbers in bench/mixing/README.md): Timefold 2.2 with our incremental score and a
 * same-round swap selector evaluated 0.3-0.5 million swaps a second and left repeats on the
 * 30-people, 5-round golfer instance after 5 s; CP-SAT stayed above the greedy start.
 * <p>
 * The loop is the min-conflicts tabu search of Dotú and Van Hentenryck for the social golfer
 * problem: every step it prices, without moving anybody, all swaps that move somebody who meets a
 * group-mate again (or shares a group with a colleague or a never-together partner), takes the
 * cheapest one that is not tabu, or a tabu one that beats the best plan, and forbids swapping the
 * same two people back in that round for a random number of steps. When the best plan has not improved for a
 * while, it goes back to the best plan and shakes it with a few random swaps. When other rules
 * than encounters are weighed, a random share of the people without conflict is tried too, since
 * horizon mixes and gender balance improve by moving them.
 */
public final class MixingSearch {

    /** The best plan found, how many hard violations it still has, and when it was found. */
    public record Outcome(MixingPlan plan, long hardPenalty, long millisToBest) {
    }

    /**
     * Told of the starting plan and of every better plan as soon as the search finds it, on the
     * searching thread: keep it quick. Listening changes nothing in what the search does.
     */
    public interface BestPlanListener {
        void bestSoFar(MixingPlan plan, long millisSinceStart);
    }

    /**
     * Steps during which the two people just swapped in a round may not be swapped back: at least
     * this many ... Random and long (up to a hundred steps, as in Dotú and Van Hentenryck) so that
     * the search does not cycle between a few plans of equal cost.
     */
    private static final int TENURE_MIN = 4;
    /** ... plus a random number below this one. */
    private static final int TENURE_SPREAD = 96;
    /** Steps without a new best plan before the search goes back to the best one and shakes it. */
    private static final int STAGNATION = 500;
    private static final int SHAKE_SWAPS = 3;
    /** One person out of this many who meets nobody again is still tried in a step, when other rules count. */
    private static final int CALM_SAMPLE = 8;

    private final MixingProblem problem;
    private final Random random;
    private final int[][] movable;
    private final long[][][] tabuUntil;
    private final boolean calmPeopleMatter;
    private final BestPlanListener listener;
    private final BooleanSupplier stopRequested;
    private MixingState state;

    private MixingSearch(MixingProblem problem, BestPlanListener listener, BooleanSupplier stopRequested) {
        this.problem = problem;
        this.listener = listener;
        this.stopRequested = stopRequested;
        this.random = new Random(problem.seed());
        this.state = GreedyMixing.fewestAlreadyMet(problem, problem.seed());
        int rounds = problem.rounds().size();
        this.movable = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
            MixingProblem.PlannedRound round = problem.rounds().get(r);
            movable[r] = Arrays.stream(round.present()).filter(p -> round.lockedGroup()[p] < 0).toArray();
        }
        this.tabuUntil = new long[rounds][problem.participantCount()][problem.participantCount()];
        MixingWeights weights = problem.weights();
        this.calmPeopleMatter = weights.horizonMix() > 0 && problem.horizons().size() > 1
                || weights.genderBalance() > 0 && problem.genderCount() > 1
                || weights.nobodyIsolated() > 0 && (problem.horizons().size() > 1 || problem.genderCount() > 1);
    }

    public static Outcome solve(MixingProblem problem) {
        return solve(problem, (plan, millis) -> { }, () -> false);
    }

    /** Searches until the time limit, a plan without penalty, or a stop request, telling the listener of each better plan. */
    public static Outcome solve(MixingProblem problem, BestPlanListener listener, BooleanSupplier stopRequested) {
        return new MixingSearch(problem, listener, stopRequested).run();
    }

    private Outcome run() {
        long start = System.nanoTime();
        long deadline = start + problem.timeLimit().toNanos();
        long current = state.penalty();
        long best = current;
        MixingPlan bestPlan = state.plan();
        long bestAt = start;
        long sinceBest = 0;
        boolean[] tried = new boolean[problem.participantCount()];
        listener.bestSoFar(bestPlan, 0);
        for (long step = 1; best > 0 && System.nanoTime() < deadline && !stopRequested.getAsBoolean(); step++) {
            long cheapest = Long.MAX_VALUE;
            int ties = 0;
            int chosenRound = -1;
            int chosenLeft = -1;
            int chosenRight = -1;
            for (int r = 0; r < movable.length; r++) {
                int[] seats = movable[r];
                for (int p : seats) {
                    tried[p] = state.inConflict(r, p) || calmPeopleMatter && random.nextInt(CALM_SAMPLE) == 0;
                }
                for (int i = 0; i < seats.length; i++) {
                    int p = seats[i];
                    if (!tried[p]) {
                        continue;
                    }
                    for (int j = 0; j < seats.length; j++) {
                        int q = seats[j];
                        if (tried[q] && j < i || state.groupOf(r, q) == state.groupOf(r, p)) {
                            continue;
                        }
                        long cost = state.swapCost(r, p, q);
                        if (cost > cheapest) {
                            continue;
                        }
                        boolean tabu = tabuUntil[r][p][q] > step;
                        if (tabu && current + cost >= best) {
                            continue;
                        }
                        if (cost < cheapest) {
                            cheapest = cost;
                            ties = 0;
                        }
                        if (random.nextInt(++ties) == 0) {
                            chosenRound = r;
                            chosenLeft = p;
                            chosenRight = q;
                        }
                    }
                }
            }
            if (chosenRound < 0) {
                current = restartFrom(bestPlan);
                sinceBest = 0;
                continue;
            }
            state.swap(chosenRound, chosenLeft, chosenRight);
            current += cheapest;
            long until = step + TENURE_MIN + random.nextInt(TENURE_SPREAD);
            tabuUntil[chosenRound][chosenLeft][chosenRight] = until;
            tabuUntil[chosenRound][chosenRight][chosenLeft] = until;
            if (current < best) {
                best = current;
                bestPlan = state.plan();
                bestAt = System.nanoTime();
                sinceBest = 0;
                listener.bestSoFar(bestPlan, (bestAt - start) / 1_000_000);
            } else if (++sinceBest > STAGNATION) {
                current = restartFrom(bestPlan);
                sinceBest = 0;
            }
        }
        MixingState bestState = new MixingState(problem);
        bestState.load(bestPlan);
        return new Outcome(bestPlan, bestState.hardPenalty(), (bestAt - start) / 1_000_000);
    }

    /**
     * Goes back to the best plan and shakes it with a few random swaps, each moving somebody in
     * conflict when there is one, to leave a region the tabu list alone cannot escape. Returns the
     * penalty of the shaken plan.
     */
    private long restartFrom(MixingPlan bestPlan) {
        state = new MixingState(problem);
        state.load(bestPlan);
        for (long[][] round : tabuUntil) {
            for (long[] pairs : round) {
                Arrays.fill(pairs, 0);
            }
        }
        for (int k = 0; k < SHAKE_SWAPS; k++) {
            int r = random.nextInt(movable.length);
            int[] seats = movable[r];
            if (seats.length < 2) {
                continue;
            }
            int p = seats[random.nextInt(seats.length)];
            for (int attempt = 0; attempt < seats.length && !state.inConflict(r, p); attempt++) {
                p = seats[random.nextInt(seats.length)];
            }
            int q = seats[random.nextInt(seats.length)];
            if (state.groupOf(r, p) != state.groupOf(r, q)) {
                state.swap(r, p, q);
            }
        }
        return state.penalty();
    }
}
