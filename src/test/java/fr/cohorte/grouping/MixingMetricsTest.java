package fr.cohorte.grouping;

import java.util.List;

import fr.cohorte.grouping.internal.GreedyMixing;
import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.golfers;
import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The benchmark's figures, on plans counted by hand and on the session-like cohort's floors. */
class MixingMetricsTest {

    @Test
    void theSessionLikeCohortCannotGoBelowItsFloors() {
        MixingProblem cohort = MixingProblem.of(Cohorts.sessionLikeCohort());
        MixingMetrics metrics = MixingMetrics.of(cohort, GreedyMixing.random(cohort, 1).plan());

        assertThat(metrics.lowerBound()).isEqualTo(165);
        assertThat(metrics.lowerBoundAtDiversityFloor()).isEqualTo(215);
        assertThat(metrics.diversityFloor()).isCloseTo(166.7, within(0.05));
    }

    @Test
    void excessRepeatsAndOrganisationsAreCountedOverHistoryAndPlan() {
        MixingRequest fourPeople = withHistory(request(List.of(person("a", "union", null, "acme"), person("b", "union", null, "acme"),
                person("c", "state", null, null), person("d", "state", null, null)), rounds(2, 2)),
                List.of(List.of(List.of("a", "b"), List.of("c", "d"))));
        MixingProblem problem = MixingProblem.of(fourPeople);
        // a-b meet in the history and twice more: excess 2; c-d once more: excess 1.
        MixingPlan plan = new MixingPlan(List.of(new int[][] {{0, 1}, {2, 3}}, new int[][] {{0, 1}, {2, 3}}));

        MixingMetrics metrics = MixingMetrics.of(problem, plan);

        assertThat(metrics.excessMeetings()).isEqualTo(4);
        assertThat(metrics.repeatedPairs()).isEqualTo(2);
        assertThat(metrics.maxPairMeetings()).isEqualTo(3);
        assertThat(metrics.sameOrganisationPairs()).isEqualTo(2);
        // Each group of two expects one of each horizon: |2-1| + |0-1| per group and round.
        assertThat(metrics.diversityDeviation()).isEqualTo(8);
        assertThat(metrics.diversityFloor()).isZero();
        // Three rounds of one partner each, three people to meet: no bound.
        assertThat(metrics.lowerBound()).isZero();
    }

    @Test
    void theCountingBoundGrowsWithEveryRoundBeyondMeetingEveryone() {
        MixingProblem sixPeopleFourRounds = MixingProblem.of(request(golfers(6), rounds(4, 2)));
        MixingPlan plan = GreedyMixing.random(sixPeopleFourRounds, 1).plan();

        // 4 rounds x 2 group-mates = 8 slots for 5 people: 3 repeats each, 6 x 3 / 2.
        assertThat(MixingMetrics.of(sixPeopleFourRounds, plan).lowerBound()).isEqualTo(9);
    }
}
