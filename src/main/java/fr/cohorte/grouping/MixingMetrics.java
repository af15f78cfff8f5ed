package fr.cohorte.grouping;

import java.util.List;

/**
 * The figures that judge a plan, defined exactly as the benchmark defines them
 * (shared/bench/README.md) so that numbers compare across tools. Meetings count history too;
 * horizon mixes count planned rounds only, since history cannot change.
 *
 * @param excessMeetings              sum over pairs of max(0, meetings - 1)
 * @param repeatedPairs               pairs meeting at least twice
 * @param maxPairMeetings             the most any pair meets
 * @param lowerBound                  the counting bound on excess meetings: nobody meets more than n - 1 others
 * @param diversityDeviation          L1 distance of every group's horizon counts to size x the round's shares
 * @param sameOrganisationPairs       pairs from one organisation in one group, summed over rounds
 * @param diversityFloor              the least diversity deviation any plan with these sizes can have
 * @param lowerBoundAtDiversityFloor  the least excess a plan at that floor can have
 */
public record MixingMetrics(
        int excessMeetings,
        int repeatedPairs,
        int maxPairMeetings,
        int lowerBound,
        double diversityDeviation,
        int sameOrganisationPairs,
        double diversityFloor,
        int lowerBoundAtDiversityFloor) {

    public static MixingMetrics of(MixingProblem problem, MixingPlan plan) {
        int[][] meetings = plan.meetings(problem);
        int n = problem.participantCount();
        int excess = 0;
        int repeated = 0;
        int max = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                excess += Math.max(0, meetings[a][b] - 1);
                repeated += meetings[a][b] >= 2 ? 1 : 0;
                max = Math.max(max, meetings[a][b]);
            }
        }
        return new MixingMetrics(excess, repeated, max, lowerBound(problem, plan, false),
                diversityDeviation(problem, plan.rounds()), sameOrganisationPairs(problem, plan.rounds()),
                diversityFloor(problem), lowerBound(problem, plan, true));
    }

    /** The counting bound on excess meetings alone ({@link #lowerBound()}), without the other figures. */
    public static int countingBound(MixingProblem problem, MixingPlan plan) {
        return lowerBound(problem, plan, false);
    }

    /**
     * Half the sum over persons of the slots they cannot fill with new people: slots are the
     * group-mates they have over the rounds they attend; at most {@code reach} of them can be distinct.
     * At the diversity floor, a horizon with no more members than groups never shares a group, so
     * its members cannot meet each other and reach shrinks accordingly.
     */
    private static int lowerBound(MixingProblem problem, MixingPlan plan, boolean atDiversityFloor) {
        int n = problem.participantCount();
        int[] slots = new int[n];
        for (int[][] round : plan.timeline(problem)) {
            for (int[] group : round) {
                for (int member : group) {
                    slots[member] += group.length - 1;
                }
            }
        }
        int[] horizonSize = new int[problem.horizons().size()];
        for (int p = 0; p < n; p++) {
            horizonSize[problem.horizonOf(p)]++;
        }
        int fewestGroups = problem.rounds().stream().mapToInt(MixingProblem.PlannedRound::groupCount).min().orElse(0);
        int twice = 0;
        for (int p = 0; p < n; p++) {
            int sameHorizon = horizonSize[problem.horizonOf(p)];
            int reach = atDiversityFloor && sameHorizon <= fewestGroups ? n - sameHorizon : n - 1;
            twice += Math.max(0, slots[p] - reach);
        }
        return twice / 2;
    }

    static double diversityDeviation(MixingProblem problem, List<int[][]> rounds) {
        int horizons = problem.horizons().size();
        double deviation = 0;
        for (int[][] round : rounds) {
            double[] share = horizonShares(problem, round);
            for (int[] group : round) {
                int[] count = new int[horizons];
                for (int member : group) {
                    count[problem.horizonOf(member)]++;
                }
                for (int h = 0; h < horizons; h++) {
                    deviation += Math.abs(count[h] - group.length * share[h]);
                }
            }
        }
        return deviation;
    }

    private static double[] horizonShares(MixingProblem problem, int[][] round) {
        double[] share = new double[problem.horizons().size()];
        int present = 0;
        for (int[] group : round) {
            for (int member : group) {
                share[problem.horizonOf(member)]++;
                present++;
            }
        }
        for (int h = 0; h < share.length; h++) {
            share[h] /= present;
        }
        return share;
    }

    static int sameOrganisationPairs(MixingProblem problem, List<int[][]> rounds) {
        int pairs = 0;
        for (int[][] round : rounds) {
            for (int[] group : round) {
                for (int i = 0; i < group.length; i++) {
                    for (int j = i + 1; j < group.length; j++) {
                        int organisation = problem.organisationOf(group[i]);
                        pairs += organisation >= 0 && organisation == problem.organisationOf(group[j]) ? 1 : 0;
                    }
                }
            }
        }
        return pairs;
    }

    /**
     * For each round and horizon, its members are added one at a time to the group where the
     * deviation grows least; horizons are independent in the L1 sum, so this gives the floor.
     */
    public static double diversityFloor(MixingProblem problem) {
        int horizons = problem.horizons().size();
        double floor = 0;
        for (MixingProblem.PlannedRound round : problem.rounds()) {
            int[] members = new int[horizons];
            for (int p : round.present()) {
                members[problem.horizonOf(p)]++;
            }
            int[] sizes = round.groupSizes();
            for (int h = 0; h < horizons; h++) {
                double share = (double) members[h] / round.present().length;
                int[] count = new int[sizes.length];
                for (int k = 0; k < members[h]; k++) {
                    int best = 0;
                    double bestGrowth = Double.MAX_VALUE;
                    for (int g = 0; g < sizes.length; g++) {
                        double expected = sizes[g] * share;
                        double growth = Math.abs(count[g] + 1 - expected) - Math.abs(count[g] - expected);
                        if (growth < bestGrowth) {
                            bestGrowth = growth;
                            best = g;
                        }
                    }
                    count[best]++;
                }
                for (int g = 0; g < sizes.length; g++) {
                    floor += Math.abs(count[g] - sizes[g] * share);
                }
            }
        }
        return floor;
    }
}
