package fr.cohorte.grouping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.cohorte.grouping.MixingMetrics;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRequest;
import fr.cohorte.grouping.MixingRequest.LockEntry;
import fr.cohorte.grouping.MixingRequest.ParticipantEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;

/** Golfer-shaped problems get their first rounds from a design, where nobody meets anybody twice. */
class ResolvableDesignTest {

    @ParameterizedTest(name = "{0} groups of {1}: {2} rounds without meeting anybody twice")
    @CsvSource({
            // q groups of s, q a prime power: q rounds, one more when s divides q.
            "2, 2, 3", // 4 people in pairs: everybody meets everybody once in 3 rounds
            "3, 3, 4", // 9 people in threes: the affine plane of order 3
            "4, 3, 4", // 12 people in threes, with the field of 4 elements (not the integers modulo 4)
            "5, 5, 6", // 25 people in fives: the affine plane of order 5, nobody left to meet
            "8, 4, 9", // 32 golfers in foursomes for 9 weeks
            "9, 3, 10" // 27 people in threes, with the field of 9 elements
    })
    void theDesignedRoundsHaveNobodyMeetingTwice(int groups, int size, int rounds) {
        MixingProblem problem = golfers(groups * size, rounds, groups, List.of());

        MixingState start = ResolvableDesign.start(problem, 11).orElseThrow();

        MixingMetrics metrics = MixingMetrics.of(problem, start.plan());
        assertThat(metrics.excessMeetings()).isZero();
        assertThat(metrics.maxPairMeetings()).isEqualTo(1);
        for (int[][] round : start.plan().rounds()) {
            assertThat(List.of(round)).hasSize(groups).allSatisfy(group -> assertThat(group).hasSize(size));
        }
    }

    @Test
    void roundsBeyondTheDesignAreStillPlannedAndSeedsNameDifferentPeople() {
        MixingProblem problem = golfers(32, 10, 8, List.of());

        MixingState one = ResolvableDesign.start(problem, 1).orElseThrow();
        MixingState other = ResolvableDesign.start(problem, 2).orElseThrow();

        assertThat(one.plan().rounds()).hasSize(10);
        assertThat(List.of(one.plan().rounds().get(9))).hasSize(8).allSatisfy(group -> assertThat(group).hasSize(4));
        assertThat(Arrays.deepEquals(one.plan().rounds().getFirst(), other.plan().rounds().getFirst())).isFalse();
        assertThat(MixingMetrics.of(problem, one.plan()).excessMeetings())
                .as("a 10th round costs meetings again: in 9 rounds everyone met 27 of the 31 others")
                .isPositive();
    }

    @Test
    void otherShapesAreLeftToTheGreedyStart() {
        assertThat(ResolvableDesign.start(golfers(30, 6, 6, List.of()), 1)).as("6 is not a prime power").isEmpty();
        assertThat(ResolvableDesign.start(golfers(12, 3, 2, List.of()), 1)).as("groups of 6 with only 2 groups").isEmpty();
        assertThat(ResolvableDesign.start(golfers(32, 9, 8, List.of(new LockEntry(0, "p1", 2))), 1)).as("a lock").isEmpty();
        List<RoundEntry> absence = new ArrayList<>(Collections.nCopies(3, new RoundEntry(3, null, null, List.of())));
        absence.set(1, new RoundEntry(3, null, null, List.of("p4")));
        assertThat(ResolvableDesign.start(MixingProblem.of(new MixingRequest(people(9), absence, List.of(), List.of(), List.of(),
                1, 7L, null)), 1)).as("somebody absent").isEmpty();
    }

    private static MixingProblem golfers(int people, int rounds, int groups, List<LockEntry> locks) {
        return MixingProblem.of(new MixingRequest(people(people),
                new ArrayList<>(Collections.nCopies(rounds, new RoundEntry(groups, null, null, List.of()))),
                List.of(), locks, List.of(), 1, 7L, null));
    }

    private static List<ParticipantEntry> people(int count) {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(new ParticipantEntry("p" + i, "any", null, null));
        }
        return people;
    }
}
