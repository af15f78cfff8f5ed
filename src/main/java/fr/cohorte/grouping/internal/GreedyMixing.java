package fr.cohorte.grouping.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;

/**
 * Plans that need no search: the solver's starting point and the benchmark's baselines. Both honour
 * locks and group sizes.
 */
public final class GreedyMixing {

    private GreedyMixing() {
    }

    /**
     * Round after round, people in random order each join the open group whose members they met
     * least (never-together partners count as having met very often); ties go to the first group.
     */
    public static MixingState fewestAlreadyMet(MixingProblem problem, long seed) {
        return fill(problem, seed, true);
    }

    /** Groups cut from a shuffled list: what tools without a mixing rule do. */
    public static MixingState random(MixingProblem problem, long seed) {
        return fill(problem, seed, false);
    }

    /** Fills the rounds from {@code firstRound} on, the earlier ones being placed already, each person joining the group they met least. */
    static MixingState fewestAlreadyMet(MixingState state, MixingProblem problem, int firstRound, long seed) {
        return fill(state, problem, firstRound, seed, true);
    }

    private static MixingState fill(MixingProblem problem, long seed, boolean fewestMet) {
        return fill(new MixingState(problem), problem, 0, seed, fewestMet);
    }

    private static MixingState fill(MixingState state, MixingProblem problem, int firstRound, long seed, boolean fewestMet) {
        Random random = new Random(seed);
        for (int r = firstRound; r < problem.rounds().size(); r++) {
            MixingProblem.PlannedRound round = problem.rounds().get(r);
            List<Integer> free = new ArrayList<>();
            for (int p : round.present()) {
                if (round.lockedGroup()[p] >= 0) {
                    state.join(r, p, round.lockedGroup()[p]);
                } else {
                    free.add(p);
                }
            }
            Collections.shuffle(free, random);
            for (int p : free) {
                int best = -1;
                long bestCost = Long.MAX_VALUE;
                for (int g = 0; g < round.groupCount(); g++) {
                    if (state.memberCount(r, g) >= round.groupSizes()[g]) {
                        continue;
                    }
                    long cost = fewestMet ? state.joinCost(r, p, g) : 0;
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = g;
                    }
                    if (!fewestMet) {
                        break;
                    }
                }
                state.join(r, p, best);
            }
        }
        return state;
    }
}
