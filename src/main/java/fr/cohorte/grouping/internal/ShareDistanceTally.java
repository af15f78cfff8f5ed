package fr.cohorte.grouping.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRule;

/**
 * {@link MixingRule#HORIZON_MIX} and {@link MixingRule#GENDER_BALANCE}, which are measured alike:
 * each group's count of every value (horizon, gender) against the group's size times the round's
 * share of that value, the distances summed in thousandths so that fractional shares stay exact
 * enough in whole numbers. One class for the two rules, one instance each.
 */
final class ShareDistanceTally extends RuleTally {

    private final MixingRule rule;
    /** [person]: their value, -1 when unknown (unknown values count for nothing). */
    private final int[] valueOf;
    /** [round][group][value]: members of that value. */
    private final int[][][] counts;
    /** [round][group][value][count]: thousandths of |count - size x share|. */
    private final long[][][][] distance;
    private long thousandths;

    static ShareDistanceTally horizonMix(MixingProblem problem, Seating seating) {
        return new ShareDistanceTally(MixingRule.HORIZON_MIX, problem, seating, problem.horizons().size(), problem::horizonOf);
    }

    static ShareDistanceTally genderBalance(MixingProblem problem, Seating seating) {
        return new ShareDistanceTally(MixingRule.GENDER_BALANCE, problem, seating, problem.genderCount(), problem::genderOf);
    }

    private ShareDistanceTally(MixingRule rule, MixingProblem problem, Seating seating, int values, IntUnaryOperator valueOf) {
        super(seating);
        this.rule = rule;
        this.valueOf = IntStream.range(0, problem.participantCount()).map(valueOf).toArray();
        int rounds = problem.rounds().size();
        this.counts = new int[rounds][][];
        this.distance = new long[rounds][][][];
        for (int r = 0; r < rounds; r++) {
            MixingProblem.PlannedRound round = problem.rounds().get(r);
            counts[r] = new int[round.groupCount()][values];
            distance[r] = distanceTable(round, values, valueOf);
            for (int g = 0; g < round.groupCount(); g++) {
                for (long[] costs : distance[r][g]) {
                    thousandths += costs[0];
                }
            }
        }
    }

    /**
     * [group][value][count] = thousandths of |count - group size x the round's share of that value|.
     * Groups of one size share one table (a round's sizes differ by one at most), so that the tables
     * grow with the values and the rounds, not with the groups as well.
     */
    private static long[][][] distanceTable(MixingProblem.PlannedRound round, int values, IntUnaryOperator valueOf) {
        double[] share = new double[values];
        for (int p : round.present()) {
            int value = valueOf.applyAsInt(p);
            if (value >= 0) {
                share[value]++;
            }
        }
        int[] sizes = round.groupSizes();
        long[][][] table = new long[sizes.length][][];
        Map<Integer, long[][]> bySize = new HashMap<>();
        for (int g = 0; g < sizes.length; g++) {
            int size = sizes[g];
            table[g] = bySize.computeIfAbsent(size, key -> {
                long[][] costs = new long[values][size + 2];
                for (int v = 0; v < values; v++) {
                    double expected = size * share[v] / round.present().length;
                    for (int count = 0; count < costs[v].length; count++) {
                        costs[v][count] = Math.round(MixingState.UNIT * Math.abs(count - expected));
                    }
                }
                return costs;
            });
        }
        return table;
    }

    @Override
    public MixingRule rule() {
        return rule;
    }

    @Override
    public double penalty() {
        return thousandths / (double) MixingState.UNIT;
    }

    /** Thousandths of the distance to the shares, every group of every round. */
    @Override
    public long total() {
        return thousandths;
    }

    /** [value]: the members of each value in group g of round r, which {@link IsolationTally} reads (and trades for a moment). */
    int[] counts(int r, int g) {
        return counts[r][g];
    }

    @Override
    long priceSwap(int r, int p, int gp, int q, int gq) {
        int vp = valueOf[p];
        int vq = valueOf[q];
        return exchangeCost(distance[r][gp], counts[r][gp], vp, vq) + exchangeCost(distance[r][gq], counts[r][gq], vq, vp);
    }

    @Override
    void joined(int r, int g, int p) {
        change(r, g, p, +1);
    }

    @Override
    void left(int r, int g, int p) {
        change(r, g, p, -1);
    }

    private void change(int r, int g, int p, int change) {
        int value = valueOf[p];
        if (value >= 0) {
            long[] costs = distance[r][g][value];
            int[] count = counts[r][g];
            thousandths -= costs[count[value]];
            count[value] += change;
            thousandths += costs[count[value]];
        }
    }

    /** Change of a group's distance to the shares when one member of value {@code left} is replaced by one of {@code came}. */
    private static long exchangeCost(long[][] costs, int[] count, int left, int came) {
        if (left == came) {
            return 0;
        }
        long change = 0;
        if (left >= 0) {
            change += costs[left][count[left] - 1] - costs[left][count[left]];
        }
        if (came >= 0) {
            change += costs[came][count[came] + 1] - costs[came][count[came]];
        }
        return change;
    }
}
