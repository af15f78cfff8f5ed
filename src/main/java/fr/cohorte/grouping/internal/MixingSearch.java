package fr.cohorte.grouping.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;

/**
 * Forms the groups by tabu search over swaps of two people within one round, starting from the
 * greedy "fewest already met" plan; swaps keep every size and never touch a lock.
 * <p>
 * Written by hand rather than on Timefold or CP-SAT because of what the benchmark measured on
 * this machine (numbers in bench/mixing/README.md): Timefold 2.2 with our incremental score and a
 * same-round swap selector evaluated 0.3-0.5 million swaps a second and left repeats on the
 * 30-people, 5-round golfer instance after 5 s; CP-SAT stayed above the greedy start. This loop
 * evaluates about 4 million swaps a second, on the conflict-directed neighbourhood of Dotú and
 * Van Hentenryck's social-golfer search: every step it looks at all swaps that move somebody who
 * meets a group-mate again (plus a sample of the others, so that horizon mixes and the other
 * rules keep improving), takes the best one that is not tabu, and shakes the plan after a long
 * time without progress.
 */
public final class MixingSearch {

    /** The best plan found, how many hard violations it still has, and when it was found. */
    public record Outcome(MixingPlan plan, long hardPenalty, long millisToBest) {
    }

    /** Steps during which a person who just moved in a round stays there, plus a random share of it. */
    private static final int TENURE = 6;
    /** Steps without a new best plan before the search shakes the plan. */
    private static final int STAGNATION = 500;
    private static final int SHAKE_SWAPS = 3;
    /** One person out of this many who meets nobody again is still tried in a step. */
    private static final int CALM_SAMPLE = 8;

    private final MixingProblem problem;
    private final MixingState state;
    private final Random random;
    private final int[][] movable;
    private final long[][] tabuUntil;

    private MixingSearch(MixingProblem problem) {
        this.problem = problem;
        this.random = new Random(problem.seed());
        this.state = GreedyMixing.fewestAlreadyMet(problem, problem.seed());
        int rounds = problem.rounds().size();
        this.movable = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
            MixingProblem.PlannedRound round = problem.rounds().get(r);
            movable[r] = Arrays.stream(round.present()).filter(p -> round.lockedGroup()[p] < 0).toArray();
        }
        this.tabuUntil = new long[rounds][problem.participantCount()];
    }

    public static Outcome solve(MixingProblem problem) {
        return new MixingSearch(problem).run();
    }

    private record Swap(int round, int left, int right) {
    }

    private Outcome run() {
        long start = System.nanoTime();
        long deadline = start + problem.timeLimit().toNanos();
        long current = state.penalty();
        long best = current;
        MixingPlan bestPlan = state.plan();
        long bestAt = start;
        long sinceBest = 0;
        List<Swap> ties = new ArrayList<>();
        for (long step = 1; best > 0 && System.nanoTime() < deadline; step++) {
            long bestAfter = Long.MAX_VALUE;
            ties.clear();
            for (int r = 0; r < movable.length; r++) {
                int[] seats = movable[r];
                for (int i = 0; i < seats.length; i++) {
                    int p = seats[i];
                    boolean conflict = state.inConflict(r, p);
                    if (!conflict && random.nextInt(CALM_SAMPLE) != 0) {
                        continue;
                    }
                    for (int j = 0; j < seats.length; j++) {
                        int q = seats[j];
                        if (state.groupOf(r, q) == state.groupOf(r, p)) {
                            continue;
                        }
                        state.swap(r, p, q);
                        long after = state.penalty();
                        state.swap(r, p, q);
                        boolean tabu = tabuUntil[r][p] > step && tabuUntil[r][q] > step;
                        if ((tabu && after >= best) || after > bestAfter) {
                            continue;
                        }
                        if (after < bestAfter) {
                            bestAfter = after;
                            ties.clear();
                        }
                        ties.add(new Swap(r, p, q));
                    }
                }
            }
            if (ties.isEmpty()) {
                shake();
                current = state.penalty();
                continue;
            }
            Swap chosen = ties.get(random.nextInt(ties.size()));
            state.swap(chosen.round(), chosen.left(), chosen.right());
            current = bestAfter;
            tabuUntil[chosen.round()][chosen.left()] = step + TENURE + random.nextInt(TENURE);
            tabuUntil[chosen.round()][chosen.right()] = step + TENURE + random.nextInt(TENURE);
            if (current < best) {
                best = current;
                bestPlan = state.plan();
                bestAt = System.nanoTime();
                sinceBest = 0;
            } else if (++sinceBest > STAGNATION) {
                shake();
                current = state.penalty();
                sinceBest = 0;
            }
        }
        MixingState bestState = new MixingState(problem);
        bestState.load(bestPlan);
        return new Outcome(bestPlan, bestState.hardPenalty(), (bestAt - start) / 1_000_000);
    }

    /** A few random swaps, to leave a region the tabu list alone cannot escape. */
    private void shake() {
        for (int k = 0; k < SHAKE_SWAPS; k++) {
            int r = random.nextInt(movable.length);
            int[] seats = movable[r];
            if (seats.length < 2) {
                continue;
            }
            int p = seats[random.nextInt(seats.length)];
            int q = seats[random.nextInt(seats.length)];
            if (state.groupOf(r, p) != state.groupOf(r, q)) {
                state.swap(r, p, q);
            }
        }
    }
}
