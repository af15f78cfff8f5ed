package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withWeights;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each preset promises, on a cohort small enough to check by hand: nine people, three of
 * each of three horizons, five rounds of three groups of three.
 * <p>
 * Each person has 5 x 2 = 10 group-mates over the rounds for 8 others, so at least 9 x 2 / 2 = 9
 * meetings again (the counting bound), which the four rounds of the 3 x 3 grid's rows, columns and
 * diagonals, plus one of them again, reach. A perfect mix puts one of each horizon in every group;
 * then people of one horizon never meet, each reaches only 6 others, and at least 9 x 4 / 2 = 18
 * meetings again remain, which three rounds of a Latin square and two of them again reach.
 */
class MixingPresetsTest {

    private final MixingService mixing = new MixingService(Cohorts.LIMITS);

    private static MixingRequest ninePeopleOfThreeHorizons(MixingWeights weights) {
        List<MixingRequest.ParticipantEntry> people = new ArrayList<>();
        for (String horizon : List.of("union", "state", "company")) {
            for (int k = 1; k <= 3; k++) {
                people.add(person(horizon + k, horizon, null, null));
            }
        }
        return withWeights(request(people, rounds(5, 3)), weights);
    }

    @Test
    void encountersFirstReachesTheCountingBound() {
        MixingResponse response = mixing.solve(ninePeopleOfThreeHorizons(MixingWeights.ENCOUNTERS_FIRST));

        assertThat(response.metrics().lowerBound()).isEqualTo(9);
        assertThat(response.metrics().excessMeetings()).isEqualTo(9);
        assertThat(response.metrics().maxPairMeetings()).isEqualTo(2);
    }

    @Test
    void theDefaultKeepsEveryMixPerfectAndThenMeetsAsManyPeopleAsThatAllows() {
        MixingResponse response = mixing.solve(ninePeopleOfThreeHorizons(MixingWeights.DEFAULT));

        assertThat(response.metrics().diversityDeviation()).isZero();
        assertThat(response.metrics().lowerBoundAtDiversityFloor()).isEqualTo(18);
        assertThat(response.metrics().excessMeetings()).isEqualTo(18);
        assertThat(response.metrics().maxPairMeetings()).isEqualTo(2);
    }
}
