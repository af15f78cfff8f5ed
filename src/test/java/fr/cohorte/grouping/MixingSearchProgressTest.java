package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.cohorte.grouping.internal.MixingSearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the live progress panel relies on: the search reports each better plan, and stops when asked. */
class MixingSearchProgressTest {

    @Test
    void everyReportedPlanIsBetterThanTheOneBeforeAndTheLastIsTheResult() {
        MixingProblem problem = MixingProblem.of(Cohorts.request(Cohorts.golfers(30), Cohorts.rounds(6, 6)));
        List<Long> reported = new ArrayList<>();
        List<MixingPlan> plans = new ArrayList<>();

        MixingSearch.Outcome outcome = MixingSearch.solve(problem, (plan, millis) -> {
            plans.add(plan);
            reported.add(meetingAgainPenalty(problem, plan));
        }, () -> false);

        assertThat(reported).isNotEmpty();
        for (int i = 1; i < reported.size(); i++) {
            assertThat(reported.get(i)).isLessThan(reported.get(i - 1));
        }
        assertThat(Arrays.deepEquals(plans.getLast().rounds().toArray(), outcome.plan().rounds().toArray())).isTrue();
    }

    /** The only rule at work among golfers without horizons: (m - 1)^3 per pair meeting m times. */
    private static long meetingAgainPenalty(MixingProblem problem, MixingPlan plan) {
        int[][] meetings = plan.meetings(problem);
        long penalty = 0;
        for (int a = 0; a < meetings.length; a++) {
            for (int b = a + 1; b < meetings.length; b++) {
                long again = Math.max(0, meetings[a][b] - 1);
                penalty += again * again * again;
            }
        }
        return penalty;
    }

    @Test
    void aStopRequestEndsTheSearchWithTheStartingPlan() {
        MixingProblem problem = MixingProblem.of(Cohorts.request(Cohorts.golfers(30), Cohorts.rounds(8, 6)));
        List<MixingPlan> plans = new ArrayList<>();

        MixingSearch.Outcome outcome = MixingSearch.solve(problem, (plan, millis) -> plans.add(plan), () -> true);

        assertThat(plans).hasSize(1);
        assertThat(outcome.plan().rounds()).hasSize(8).allSatisfy(round -> assertThat(Arrays.stream(round).mapToInt(group -> group.length))
                .containsExactly(5, 5, 5, 5, 5, 5));
    }
}
