package fr.cohorte.grouping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRequest;
import fr.cohorte.grouping.MixingRequest.LockEntry;
import fr.cohorte.grouping.MixingRequest.ParticipantEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;
import fr.cohorte.grouping.MixingWeights;

/** Exchanging two people in every round renames them: who meets again never changes, the mix may. */
class PersonExchangeTest {

    @Test
    void twoPeopleOfOneHorizonAloneInTheirGroupsAreMixedByOneExchange() {
        // Round 1: {a1, a2} and {b1, b2}; each group has 2 of one horizon where 1 of each is due:
        // distance |2 - 1| + |0 - 1| = 2 per group, 4 in all. Exchanging a2 and b1 makes both groups mixed.
        MixingProblem problem = problem(List.of(person("a1", "A"), person("a2", "A"), person("b1", "B"), person("b2", "B")),
                List.of(new RoundEntry(2, null, null, List.of())), List.of(), new MixingWeights(1, 5, 0, 0, 0));
        MixingState state = new MixingState(problem);
        state.load(new MixingPlan(List.<int[][]>of(new int[][] {{0, 1}, {2, 3}})));
        PersonExchange exchanges = new PersonExchange(problem);

        assertThat(exchanges.price(state, 1, 2)).isEqualTo(-4 * 5 * MixingState.UNIT);
        MixingPlan mixed = exchanges.walk(state, 1, new SplittableRandom(1), () -> false);

        assertThat(mixed).isNotNull();
        MixingState after = new MixingState(problem);
        after.load(mixed);
        assertThat(after.horizonDistance()).isZero();
    }

    @Test
    void onlyPeoplePresentInTheSameRoundsAndNeverLockedCanBeExchanged() {
        List<ParticipantEntry> people = cohort(12);
        List<RoundEntry> rounds = new ArrayList<>(Collections.nCopies(4, new RoundEntry(3, null, null, List.of())));
        rounds.set(1, new RoundEntry(3, null, null, List.of("p12")));
        PersonExchange exchanges = new PersonExchange(problem(people, rounds, List.of(new LockEntry(0, "p11", 0)),
                MixingWeights.ENCOUNTERS_FIRST));

        assertThat(exchanges.canExchange(0, 1)).isTrue();
        assertThat(exchanges.canExchange(0, 10)).as("p11 is locked in round 1").isFalse();
        assertThat(exchanges.canExchange(0, 11)).as("p12 is absent from round 2").isFalse();
    }

    @Test
    void anExchangeCostsWhatItChangesAndNeverChangesWhoMeetsAgain() {
        MixingProblem problem = problem(cohort(15), new ArrayList<>(Collections.nCopies(6, new RoundEntry(3, null, null, List.of()))),
                List.of(), new MixingWeights(7, 5, 3, 2, 11));
        MixingState state = GreedyMixing.random(problem, 3);
        PersonExchange exchanges = new PersonExchange(problem);
        Random random = new Random(5);
        for (int k = 0; k < 500; k++) {
            int p = random.nextInt(15);
            int q = random.nextInt(15);
            if (p == q) {
                continue;
            }
            long repeated = state.repeatedMeetings();
            long others = state.softPenalty() - 7 * repeated * MixingState.UNIT;
            long priced = exchanges.price(state, p, q);
            exchanges.exchange(state, p, q);
            assertThat(state.repeatedMeetings()).isEqualTo(repeated);
            assertThat(state.softPenalty() - 7 * repeated * MixingState.UNIT - others).isEqualTo(priced);
        }
    }

    @Test
    void aWalkLowersTheOtherRulesAndKeepsTheMeetingsAgain() {
        MixingProblem problem = problem(cohort(15), new ArrayList<>(Collections.nCopies(6, new RoundEntry(3, null, null, List.of()))),
                List.of(), MixingWeights.ENCOUNTERS_FIRST);
        MixingState start = GreedyMixing.fewestAlreadyMet(problem, 4);
        MixingState state = new MixingState(problem);
        state.load(start.plan());

        MixingPlan walked = new PersonExchange(problem).walk(state, 40, new SplittableRandom(2), () -> false);

        MixingState after = new MixingState(problem);
        after.load(walked);
        assertThat(after.repeatedMeetings()).isEqualTo(start.repeatedMeetings());
        assertThat(after.horizonDistance()).isLessThan(start.horizonDistance());
    }

    private static List<ParticipantEntry> cohort(int count) {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(new ParticipantEntry("p" + i, "horizon-" + i % 4, i % 2 == 0 ? "F" : "M", "org-" + i % 5));
        }
        return people;
    }

    private static ParticipantEntry person(String id, String horizon) {
        return new ParticipantEntry(id, horizon, null, null);
    }

    private static MixingProblem problem(List<ParticipantEntry> people, List<RoundEntry> rounds, List<LockEntry> locks,
            MixingWeights weights) {
        return MixingProblem.of(new MixingRequest(people, rounds, List.of(), locks, List.of(), 1, 7L, weights));
    }
}
