package fr.cohorte.grouping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongBiFunction;

import org.junit.jupiter.api.Test;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRequest;
import fr.cohorte.grouping.MixingRequest.ParticipantEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;
import fr.cohorte.grouping.MixingRule;
import fr.cohorte.grouping.MixingWeights;

/**
 * Each rule's tally against the rule counted from scratch on the whole plan, as the rule defines
 * it: the tally's total after random swaps, and its price of every swap before making it, must be
 * what counting the plan again gives. The counts from scratch are written here, apart from the
 * tallies, so that a tally cannot agree with itself by construction.
 */
class RuleTallyTest {

    @Test
    void neverTogetherCountsPairsInConflictSharingAGroup() {
        checkAgainstScratch(MixingRule.NEVER_TOGETHER, WEIGHED, (problem, plan) -> {
            long pairs = 0;
            for (int[][] round : plan.rounds()) {
                for (int[] group : round) {
                    for (int[] apart : problem.apartPairs()) {
                        pairs += contains(group, apart[0]) && contains(group, apart[1]) ? 1 : 0;
                    }
                }
            }
            return pairs;
        });
    }

    @Test
    void meetingsAgainCostSixTimesTheCubeWhenTheRulesAreWeighed() {
        checkAgainstScratch(MixingRule.REPEATED_MEETINGS, WEIGHED, (problem, plan) -> meetingsAgain(problem, plan, 0, 6));
    }

    @Test
    void meetingsAgainCostSixtyFourEachPlusTheCubeWithEncountersFirst() {
        checkAgainstScratch(MixingRule.REPEATED_MEETINGS, MixingWeights.ENCOUNTERS_FIRST,
                (problem, plan) -> meetingsAgain(problem, plan, 64, 1));
    }

    @Test
    void horizonMixIsTheDistanceOfEachGroupToTheRoundsSharesInThousandths() {
        checkAgainstScratch(MixingRule.HORIZON_MIX, WEIGHED, (problem, plan) -> distanceToShares(problem, plan, problem::horizonOf));
    }

    @Test
    void genderBalanceIsMeasuredLikeTheMixOnKnownGendersOnly() {
        checkAgainstScratch(MixingRule.GENDER_BALANCE, WEIGHED, (problem, plan) -> distanceToShares(problem, plan, problem::genderOf));
    }

    @Test
    void sameOrganisationCountsColleaguePairsInEveryGroup() {
        checkAgainstScratch(MixingRule.SAME_ORGANISATION, WEIGHED, (problem, plan) -> {
            long pairs = 0;
            for (int[][] round : plan.rounds()) {
                for (int[] group : round) {
                    for (int a = 0; a < group.length; a++) {
                        for (int b = a + 1; b < group.length; b++) {
                            int organisation = problem.organisationOf(group[a]);
                            pairs += organisation >= 0 && organisation == problem.organisationOf(group[b]) ? 1 : 0;
                        }
                    }
                }
            }
            return pairs;
        });
    }

    @Test
    void isolationCountsTheOnlyOneOfTheirGenderAndTheOnlyOneOfTheirHorizonAmongOneOther() {
        checkAgainstScratch(MixingRule.NOBODY_ISOLATED, WEIGHED, (problem, plan) -> {
            long people = 0;
            for (int[][] round : plan.rounds()) {
                for (int[] group : round) {
                    if (group.length < 3) {
                        continue;
                    }
                    int[] genders = new int[problem.genderCount()];
                    int[] horizons = new int[problem.horizons().size()];
                    int known = 0;
                    for (int p : group) {
                        horizons[problem.horizonOf(p)]++;
                        if (problem.genderOf(p) >= 0) {
                            genders[problem.genderOf(p)]++;
                            known++;
                        }
                    }
                    for (int count : genders) {
                        people += known >= 3 && count == 1 ? 1 : 0;
                    }
                    int distinct = 0;
                    boolean single = false;
                    for (int count : horizons) {
                        distinct += count > 0 ? 1 : 0;
                        single |= count == 1;
                    }
                    people += distinct == 2 && single ? 1 : 0;
                }
            }
            return people;
        });
    }

    /** Weighed rules (meeting again below isolation): meetings again cost six times the cube. */
    private static final MixingWeights WEIGHED = new MixingWeights(7, 5, 3, 2, 11);

    /**
     * From a random plan, 1 500 random swaps: before each, the tally's price of the swap and of the
     * swap back; after each, its total, all against the count from scratch.
     */
    private static void checkAgainstScratch(MixingRule rule, MixingWeights weights, ToLongBiFunction<MixingProblem, MixingPlan> scratch) {
        MixingProblem problem = problem(weights);
        MixingState state = GreedyMixing.random(problem, 11);
        RuleTally tally = state.tally(rule);
        assertThat(tally.rule()).isEqualTo(rule);
        Random random = new Random(13);
        long counted = scratch.applyAsLong(problem, state.plan());
        assertThat(tally.total()).isEqualTo(counted);
        int moves = 0;
        for (int k = 0; k < 1_500; k++) {
            int r = random.nextInt(problem.rounds().size());
            int[] present = problem.rounds().get(r).present();
            int p = present[random.nextInt(present.length)];
            int q = present[random.nextInt(present.length)];
            if (state.groupOf(r, p) == state.groupOf(r, q)) {
                continue;
            }
            long priced = tally.swapChange(r, p, q);
            state.swap(r, p, q);
            long after = scratch.applyAsLong(problem, state.plan());
            assertThat(priced).as("%s: round %d, %d and %d trading groups", rule, r, p, q).isEqualTo(after - counted);
            assertThat(tally.total()).as("%s after %d swaps", rule, moves).isEqualTo(after);
            counted = after;
            moves++;
        }
        assertThat(moves).isGreaterThan(1_000);
        assertThat(counted).as("%s has something to count in this problem", rule).isPositive();
    }

    /** The sum over pairs of each meeting again's cost, counted from the history on: the history alone costs nothing. */
    private static long meetingsAgain(MixingProblem problem, MixingPlan plan, long perMeetingAgain, long perCube) {
        int n = problem.participantCount();
        int[][] held = new int[n][n];
        for (int[][] round : problem.history()) {
            countMeetings(round, held);
        }
        int[][] all = new int[n][n];
        for (int a = 0; a < n; a++) {
            all[a] = held[a].clone();
        }
        for (int[][] round : plan.rounds()) {
            countMeetings(round, all);
        }
        long cost = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                cost += costOf(all[a][b], perMeetingAgain, perCube) - costOf(held[a][b], perMeetingAgain, perCube);
            }
        }
        return cost;
    }

    private static long costOf(int meetings, long perMeetingAgain, long perCube) {
        long again = Math.max(0, meetings - 1);
        return again * perMeetingAgain + again * again * again * perCube;
    }

    private static void countMeetings(int[][] round, int[][] meetings) {
        for (int[] group : round) {
            for (int a : group) {
                for (int b : group) {
                    meetings[a][b] += a != b ? 1 : 0;
                }
            }
        }
    }

    /** Thousandths of |members of each value - group size x the round's share of it|, every group of every round. */
    private static long distanceToShares(MixingProblem problem, MixingPlan plan, java.util.function.IntUnaryOperator valueOf) {
        long thousandths = 0;
        for (int r = 0; r < plan.rounds().size(); r++) {
            int[] present = problem.rounds().get(r).present();
            int values = 1 + java.util.Arrays.stream(present).map(valueOf).max().orElse(-1);
            double[] share = new double[values];
            // share[v] counts the present people of value v; a group of s expects s x share[v] / present of them
            for (int p : present) {
                if (valueOf.applyAsInt(p) >= 0) {
                    share[valueOf.applyAsInt(p)]++;
                }
            }
            for (int[] group : plan.rounds().get(r)) {
                int[] count = new int[values];
                for (int p : group) {
                    if (valueOf.applyAsInt(p) >= 0) {
                        count[valueOf.applyAsInt(p)]++;
                    }
                }
                for (int v = 0; v < values; v++) {
                    thousandths += Math.round(MixingState.UNIT * Math.abs(count[v] - group.length * share[v] / present.length));
                }
            }
        }
        return thousandths;
    }

    private static boolean contains(int[] group, int person) {
        for (int p : group) {
            if (p == person) {
                return true;
            }
        }
        return false;
    }

    /**
     * 14 people of four horizons, genders known for most, organisations for most, two never-together
     * pairs and a round already held, over 4 rounds of 3 groups, one with two people absent.
     */
    private static MixingProblem problem(MixingWeights weights) {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            people.add(new ParticipantEntry("p" + i, "horizon-" + i % 4, i % 3 == 0 ? null : i % 2 == 0 ? "F" : "M",
                    i % 5 == 0 ? null : "org-" + i % 4));
        }
        RoundEntry full = new RoundEntry(3, null, null, List.of());
        List<RoundEntry> rounds = List.of(full, full, new RoundEntry(3, null, null, List.of("p4", "p9")), full);
        List<List<List<String>>> history = List.of(List.of(List.of("p1", "p3", "p5", "p7", "p9"),
                List.of("p2", "p4", "p6", "p8", "p10"), List.of("p11", "p12", "p13", "p14")));
        return MixingProblem.of(new MixingRequest(people, rounds, history, List.of(),
                List.of(List.of("p1", "p2"), List.of("p3", "p7")), 1, 7L, weights));
    }
}
