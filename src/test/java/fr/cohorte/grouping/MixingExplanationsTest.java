package fr.cohorte.grouping;

import java.util.List;
import java.util.Map;

import fr.cohorte.grouping.MixingExplanations.Encounter;
import fr.cohorte.grouping.MixingExplanations.EarlierMeeting;
import fr.cohorte.grouping.MixingExplanations.RoundReference;
import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withHistory;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff can see why a group is what it is, and whom each person meets. */
class MixingExplanationsTest {

    private final MixingProblem problem = MixingProblem.of(withHistory(request(List.of(
                    person("ana", "union", "F", null), person("bob", "state", "M", null),
                    person("cyd", "union", "M", null), person("dan", "press", "M", null)), rounds(2, 2)),
            List.of(List.of(List.of("ana", "bob"), List.of("cyd", "dan")))));
    /** Round 0: ana+bob meet again, cyd+dan meet again; round 1: ana+cyd, bob+dan. */
    private final MixingExplanations explanations = new MixingExplanations(problem,
            new MixingPlan(List.of(new int[][] {{0, 1}, {2, 3}}, new int[][] {{0, 2}, {1, 3}})));

    @Test
    void aGroupShowsItsMixAndWhoMetBeforeAndWhen() {
        MixingExplanations.GroupExplanation group = explanations.group(0, 0);

        assertThat(group.members()).containsExactly("ana", "bob");
        assertThat(group.horizonMix()).isEqualTo(Map.of("union", 1, "state", 1));
        assertThat(group.metBefore()).containsExactly(new EarlierMeeting("ana", "bob", List.of(new RoundReference(true, 0))));
        assertThat(explanations.group(1, 0).metBefore()).isEmpty();
    }

    @Test
    void aPersonSeesEveryoneTheyMetAndHowOften() {
        MixingExplanations.PersonExplanation ana = explanations.person("ana");

        assertThat(ana.distinctPeopleMet()).isEqualTo(2);
        assertThat(ana.encounters()).containsExactly(
                new Encounter("bob", 2, List.of(new RoundReference(true, 0), new RoundReference(false, 0))),
                new Encounter("cyd", 1, List.of(new RoundReference(false, 1))));
    }
}
