package fr.cohorte.grouping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cohorte.grouping.MixingRequest.LockEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;
import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.golfers;
import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withApart;
import static fr.cohorte.grouping.Cohorts.withHistory;
import static fr.cohorte.grouping.Cohorts.withLocks;
import static org.assertj.core.api.Assertions.assertThat;

/** Solving small requests end to end; every figure is recounted here from the groups returned. */
class MixingServiceTest {

    private final MixingService mixing = new MixingService(Cohorts.LIMITS);

    private static Map<Set<String>, Integer> meetings(List<List<List<String>>> rounds) {
        Map<Set<String>, Integer> meetings = new HashMap<>();
        for (List<List<String>> round : rounds) {
            for (List<String> group : round) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        meetings.merge(Set.of(group.get(i), group.get(j)), 1, Integer::sum);
                    }
                }
            }
        }
        return meetings;
    }

    private static int excess(Map<Set<String>, Integer> meetings) {
        return meetings.values().stream().mapToInt(times -> Math.max(0, times - 1)).sum();
    }

    @Test
    void nineGolfersMeetEveryoneExactlyOnceOverFourRounds() {
        MixingResponse response = mixing.solve(request(golfers(9), rounds(4, 3)));

        Map<Set<String>, Integer> meetings = meetings(response.rounds());
        assertThat(meetings).hasSize(36).allSatisfy((pair, times) -> assertThat(times).isEqualTo(1));
        assertThat(response.metrics().excessMeetings()).isZero().isEqualTo(excess(meetings));
        assertThat(response.metrics().maxPairMeetings()).isEqualTo(1);
        assertThat(response.rounds()).allSatisfy(round -> assertThat(round).hasSize(3)
                .allSatisfy(group -> assertThat(group).hasSize(3)));
    }

    @Test
    void thirtyTwoGolfersInFoursomesMeetNobodyTwiceOverNineWeeks() {
        MixingResponse response = mixing.solve(request(golfers(32), rounds(9, 8)));

        Map<Set<String>, Integer> meetings = meetings(response.rounds());
        // Everybody meets 3 new people a week: 27 of the 31 others, 32 x 27 / 2 pairs, each once.
        assertThat(meetings).hasSize(432).allSatisfy((pair, times) -> assertThat(times).isEqualTo(1));
        assertThat(response.metrics().excessMeetings()).isZero().isEqualTo(excess(meetings));
        assertThat(response.rounds()).hasSize(9).allSatisfy(round -> assertThat(round).hasSize(8)
                .allSatisfy(group -> assertThat(group).hasSize(4)));
    }

    @Test
    void metricsMatchTheGroupsReturned() {
        MixingResponse response = mixing.solve(request(golfers(12), rounds(6, 3)));

        Map<Set<String>, Integer> meetings = meetings(response.rounds());
        assertThat(response.metrics().excessMeetings()).isEqualTo(excess(meetings));
        assertThat(response.metrics().repeatedPairs()).isEqualTo((int) meetings.values().stream().filter(times -> times >= 2).count());
        assertThat(response.metrics().maxPairMeetings()).isEqualTo(meetings.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
        // Each person meets 3 others a round, 18 slots for 11 people: (18 - 11) x 12 / 2.
        assertThat(response.metrics().lowerBound()).isEqualTo(42);
        assertThat(response.metrics().excessMeetings()).isGreaterThanOrEqualTo(42);
    }

    @Test
    void groupSizesDifferByAtMostOneAndAbsentPeopleAreLeftOut() {
        MixingRequest elevenOfTwelve = request(golfers(12), List.of(new RoundEntry(3, null, null, List.of("p12")),
                new RoundEntry(null, 3, 4, List.of())));

        MixingResponse response = mixing.solve(elevenOfTwelve);

        assertThat(response.rounds().get(0)).extracting(List::size).containsExactlyInAnyOrder(4, 4, 3);
        assertThat(response.rounds().get(0)).noneSatisfy(group -> assertThat(group).contains("p12"));
        assertThat(response.rounds().get(1)).extracting(List::size).containsExactly(4, 4, 4);
    }

    @Test
    void lockedPeopleStayInTheirGroup() {
        MixingRequest locked = withLocks(request(golfers(9), rounds(2, 3)),
                List.of(new LockEntry(0, "p1", 2), new LockEntry(0, "p2", 2), new LockEntry(1, "p1", 0)));

        MixingResponse response = mixing.solve(locked);

        assertThat(response.rounds().get(0).get(2)).contains("p1", "p2");
        assertThat(response.rounds().get(1).get(0)).contains("p1");
    }

    @Test
    void peopleInConflictNeverShareAGroup() {
        MixingRequest conflicts = withApart(request(golfers(6), rounds(5, 3)),
                List.of(List.of("p1", "p2"), List.of("p1", "p3"), List.of("p2", "p3")));

        MixingResponse response = mixing.solve(conflicts);

        assertThat(meetings(response.rounds())).doesNotContainKeys(Set.of("p1", "p2"), Set.of("p1", "p3"), Set.of("p2", "p3"));
    }

    @Test
    void peopleWhoMetInPastRoundsAreNotPutTogetherAgain() {
        MixingRequest afterOneRound = withHistory(request(golfers(9), rounds(3, 3)),
                List.of(List.of(List.of("p1", "p2", "p3"), List.of("p4", "p5", "p6"), List.of("p7", "p8", "p9"))));

        MixingResponse response = mixing.solve(afterOneRound);

        assertThat(meetings(response.rounds()).keySet()).doesNotContain(Set.of("p1", "p2"), Set.of("p4", "p5"), Set.of("p8", "p9"));
        assertThat(response.metrics().excessMeetings()).isZero();
    }

    @Test
    void whenSomePairsMustMeetAgainNoPairMeetsThreeTimes() {
        // Four people in pairs over four rounds: three rounds let everyone meet everyone once, the
        // fourth repeats one of those pairings, so two pairs meet twice and none three times.
        MixingResponse response = mixing.solve(request(golfers(4), rounds(4, 2)));

        Map<Set<String>, Integer> meetings = meetings(response.rounds());
        assertThat(meetings).hasSize(6);
        assertThat(meetings.values()).containsExactlyInAnyOrder(1, 1, 1, 1, 2, 2);
        assertThat(response.metrics().excessMeetings()).isEqualTo(response.metrics().lowerBound()).isEqualTo(2);
    }

    @Test
    void everyGroupMixesTheHorizonsWhenTheyDivideEvenly() {
        List<MixingRequest.ParticipantEntry> people = List.of(
                person("u1", "union", "F", "cgt"), person("u2", "union", "M", "cfdt"), person("u3", "union", "F", "fo"),
                person("s1", "state", "M", "prefecture"), person("s2", "state", "F", "ministry"), person("s3", "state", "M", "dreets"),
                person("c1", "company", "F", "acme"), person("c2", "company", "M", "globex"), person("c3", "company", "F", "initech"));

        MixingResponse response = mixing.solve(request(people, rounds(2, 3)));

        assertThat(response.metrics().diversityDeviation()).isZero();
        assertThat(response.rounds()).allSatisfy(round -> assertThat(round).allSatisfy(group -> {
            Set<Character> horizons = new HashSet<>();
            group.forEach(id -> horizons.add(id.charAt(0)));
            assertThat(horizons).containsExactlyInAnyOrder('u', 's', 'c');
        }));
    }

    @Test
    void colleaguesAreSplitWhenTheyCanBe() {
        List<MixingRequest.ParticipantEntry> people = List.of(
                person("a1", "x", null, "acme"), person("a2", "x", null, "acme"), person("a3", "x", null, "acme"),
                person("b1", "x", null, "b"), person("c1", "x", null, "c"), person("d1", "x", null, "d"));

        MixingResponse response = mixing.solve(request(people, rounds(1, 3)));

        assertThat(response.metrics().sameOrganisationPairs()).isZero();
    }
}
