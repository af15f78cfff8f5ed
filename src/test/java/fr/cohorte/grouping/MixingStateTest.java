package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import fr.cohorte.grouping.MixingRequest.ParticipantEntry;
import fr.cohorte.grouping.internal.GreedyMixing;
import fr.cohorte.grouping.internal.MixingState;
import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withApart;
import static fr.cohorte.grouping.Cohorts.withHistory;
import static org.assertj.core.api.Assertions.assertThat;

/** The search prices swaps without making them; the price must be what making them changes. */
class MixingStateTest {

    @Test
    void aSwapCostsExactlyWhatItChangesInEveryRule() {
        MixingProblem problem = pricedProblem();
        MixingState state = GreedyMixing.random(problem, 3);
        Random random = new Random(5);
        for (int k = 0; k < 2_000; k++) {
            int r = random.nextInt(4);
            int p = random.nextInt(14);
            int q = random.nextInt(14);
            if (state.groupOf(r, p) == state.groupOf(r, q)) {
                continue;
            }
            long before = state.penalty();
            long priced = state.swapCost(r, p, q);
            state.swap(r, p, q);
            assertThat(state.penalty() - before).isEqualTo(priced);
        }
    }

    /**
     * A search prices every candidate swap between two moves, and the pricing reuses sums kept until
     * the next move: every price taken before a move must still be what that swap changes.
     */
    @Test
    void swapsPricedBetweenTwoMovesCostWhatTheyChange() {
        MixingState state = GreedyMixing.random(pricedProblem(), 4);
        Random random = new Random(6);
        for (int move = 0; move < 200; move++) {
            int r = random.nextInt(4);
            long[][] priced = new long[14][14];
            for (int p = 0; p < 14; p++) {
                for (int q = 0; q < 14; q++) {
                    if (state.groupOf(r, p) != state.groupOf(r, q)) {
                        priced[p][q] = state.swapCost(r, p, q);
                    }
                }
            }
            for (int p = 0; p < 14; p++) {
                for (int q = 0; q < 14; q++) {
                    if (state.groupOf(r, p) != state.groupOf(r, q)) {
                        long before = state.penalty();
                        state.swap(r, p, q);
                        long change = state.penalty() - before;
                        state.swap(r, p, q);
                        assertThat(change).as("round %d, %d and %d trading groups", r, p, q).isEqualTo(priced[p][q]);
                    }
                }
            }
            int p = random.nextInt(14);
            int q = random.nextInt(14);
            if (state.groupOf(r, p) != state.groupOf(r, q)) {
                state.swap(r, p, q);
            }
        }
    }

    /** The search goes back to its best plan by reloading its state rather than building another. */
    @Test
    void aReloadedStateIsTheStateOfItsPlanAsIfNewlyLoaded() {
        MixingProblem problem = pricedProblem();
        MixingState walked = GreedyMixing.random(problem, 7);
        MixingPlan best = GreedyMixing.random(problem, 8).plan();
        Random random = new Random(9);
        for (int k = 0; k < 50; k++) {
            int r = random.nextInt(4);
            int p = random.nextInt(14);
            int q = random.nextInt(14);
            if (walked.groupOf(r, p) != walked.groupOf(r, q)) {
                walked.swap(r, p, q);
            }
        }

        walked.reload(best);
        MixingState fresh = new MixingState(problem);
        fresh.load(best);

        assertThat(walked.penalty()).isEqualTo(fresh.penalty());
        for (MixingRule rule : MixingRule.values()) {
            assertThat(walked.penaltyOf(rule)).as(rule.name()).isEqualTo(fresh.penaltyOf(rule));
        }
        assertThat(Arrays.deepEquals(walked.plan().rounds().toArray(), fresh.plan().rounds().toArray())).isTrue();
        for (int r = 0; r < 4; r++) {
            for (int p = 0; p < 14; p++) {
                for (int q = 0; q < 14; q++) {
                    if (fresh.groupOf(r, p) != fresh.groupOf(r, q)) {
                        assertThat(walked.swapCost(r, p, q)).isEqualTo(fresh.swapCost(r, p, q));
                    }
                }
            }
        }
    }

    /** 14 people with horizons, genders, organisations, two never-together pairs and a round of history, over 4 rounds of 3 groups. */
    private static MixingProblem pricedProblem() {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            people.add(person("p" + i, "horizon-" + i % 4, i % 3 == 0 ? null : i % 2 == 0 ? "F" : "M",
                    i % 5 == 0 ? null : "org-" + i % 4));
        }
        MixingRequest request = withHistory(withApart(request(people, rounds(4, 3)), List.of(List.of("p1", "p2"), List.of("p3", "p7"))),
                List.of(List.of(List.of("p1", "p3", "p5", "p7", "p9"), List.of("p2", "p4", "p6", "p8", "p10"),
                        List.of("p11", "p12", "p13", "p14"))));
        return MixingProblem.of(request).withWeights(new MixingWeights(7, 5, 3, 2, 11));
    }

    @Test
    void withEncountersFirstEachMeetingAgainCountsBeforeHowTheyAreSpread() {
        // a, b, c, d, e, f in three rounds of three pairs. "triple": a and b meet three times (2 meetings
        // again). "doubles": a-b and e-f meet twice each (2 meetings again too).
        List<ParticipantEntry> people = List.of(person("a", "h1", null, null), person("b", "h2", null, null),
                person("c", "h1", null, null), person("d", "h2", null, null), person("e", "h1", null, null), person("f", "h2", null, null));
        int[][][] triple = {{{0, 1}, {2, 3}, {4, 5}}, {{0, 1}, {2, 4}, {3, 5}}, {{0, 1}, {2, 5}, {3, 4}}};
        int[][][] doubles = {{{0, 1}, {2, 3}, {4, 5}}, {{0, 1}, {2, 4}, {3, 5}}, {{0, 2}, {1, 3}, {4, 5}}};
        MixingProblem encountersFirst = MixingProblem.of(request(people, rounds(3, 3))).withWeights(MixingWeights.ENCOUNTERS_FIRST);
        MixingProblem byDefault = MixingProblem.of(request(people, rounds(3, 3))).withWeights(MixingWeights.DEFAULT);

        // Each meeting again 64, plus the cube: 2 x 64 + 2^3 against 2 x (64 + 1^3).
        assertThat(loaded(encountersFirst, triple).repeatedMeetings()).isEqualTo(136);
        assertThat(loaded(encountersFirst, doubles).repeatedMeetings()).isEqualTo(130);
        // The rule's own measure, shown to staff, stays the cube in every setting.
        assertThat(loaded(encountersFirst, triple).penaltyOf(MixingRule.REPEATED_MEETINGS)).isEqualTo(8);
        assertThat(loaded(encountersFirst, doubles).penaltyOf(MixingRule.REPEATED_MEETINGS)).isEqualTo(2);
        // Weighed against the other rules: the cube six times, 6 x 2^3 against 2 x 6 x 1^3.
        assertThat(loaded(byDefault, triple).repeatedMeetings()).isEqualTo(48);
        assertThat(loaded(byDefault, doubles).repeatedMeetings()).isEqualTo(12);
        assertThat(loaded(byDefault, triple).penaltyOf(MixingRule.REPEATED_MEETINGS)).isEqualTo(8);
        // Nothing else to weigh (one horizon, as on a golfer problem): the cube alone.
        List<ParticipantEntry> golfers = people.stream().map(p -> person(p.id(), "h", null, null)).toList();
        MixingProblem golf = MixingProblem.of(request(golfers, rounds(3, 3))).withWeights(MixingWeights.ENCOUNTERS_FIRST);
        assertThat(loaded(golf, triple).repeatedMeetings()).isEqualTo(8);
    }

    private static MixingState loaded(MixingProblem problem, int[][][] rounds) {
        MixingState state = new MixingState(problem);
        state.load(new MixingPlan(List.of(rounds)));
        return state;
    }
}
