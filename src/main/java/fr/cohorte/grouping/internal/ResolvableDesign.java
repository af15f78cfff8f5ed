package fr.cohorte.grouping.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

import fr.cohorte.grouping.MixingProblem;

/**
 * Rounds where nobody meets anybody twice, built instead of searched for, when the problem has the
 * shape of the social golfer problem: everybody present in every round, q groups of s people in
 * each, no history, no lock, and q a prime power at least s (4, 5, 7, 8, 9 groups...).
 * <p>
 * The people are the points (i, x) of s rows of q, x in the field with q elements. In round m,
 * group b holds the s points (i, b + i·m), one per row. Two points of different rows i and j meet in
 * the one round m = (x − y) / (i − j), points of one row never meet: q rounds without anybody meeting
 * twice (a resolvable transversal design). When s divides q, one more round splits every row into
 * groups of s, whose members have never met. Thus 32 people in 8 groups of 4 get 9 rounds and 25 in
 * 5 groups of 5 get 6, the most there can be, at once. Rounds beyond those are filled by the greedy
 * "fewest already met", and the search goes on from there.
 * <p>
 * The seed decides which person stands for which point, so that starts differ from seed to seed.
 */
final class ResolvableDesign {

    private ResolvableDesign() {
    }

    /** The designed start, or nothing when the problem does not have that shape. */
    static Optional<MixingState> start(MixingProblem problem, long seed) {
        int n = problem.participantCount();
        if (problem.rounds().isEmpty() || !problem.history().isEmpty()) {
            return Optional.empty();
        }
        int groups = problem.rounds().getFirst().groupCount();
        if (groups < 2 || n % groups != 0) {
            return Optional.empty();
        }
        int size = n / groups;
        for (MixingProblem.PlannedRound round : problem.rounds()) {
            if (round.present().length != n || Arrays.stream(round.groupSizes()).anyMatch(s -> s != size)
                    || Arrays.stream(round.lockedGroup()).anyMatch(g -> g >= 0)) {
                return Optional.empty();
            }
        }
        Optional<FiniteField> field = FiniteField.of(groups);
        if (size < 2 || field.isEmpty() || size > groups) {
            return Optional.empty();
        }
        int[] person = shuffled(n, seed);
        MixingState state = new MixingState(problem);
        int designed = Math.min(problem.rounds().size(), groups + (groups % size == 0 ? 1 : 0));
        for (int m = 0; m < designed; m++) {
            for (int i = 0; i < size; i++) {
                for (int x = 0; x < groups; x++) {
                    state.join(m, person[i * groups + x], m < groups ? groupOf(field.get(), i, x, m) : i * (groups / size) + x / size);
                }
            }
        }
        return Optional.of(GreedyMixing.fewestAlreadyMet(state, problem, designed, seed));
    }

    /** The group b of round m holding point (i, x): x = b + i·m, so b = x − i·m. */
    private static int groupOf(FiniteField field, int row, int x, int round) {
        for (int b = 0; b < field.size(); b++) {
            if (field.add(b, field.multiply(row, round)) == x) {
                return b;
            }
        }
        throw new IllegalStateException("no group for point (" + row + ", " + x + ") in round " + round);
    }

    private static int[] shuffled(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int other = random.nextInt(k + 1);
            int kept = order[k];
            order[k] = order[other];
            order[other] = kept;
        }
        return order;
    }
}
