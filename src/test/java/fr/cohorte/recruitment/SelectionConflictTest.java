package fr.cohorte.recruitment;

import java.util.List;

import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;
import fr.cohorte.recruitment.SelectionResponse.Conflict;
import org.junit.jupiter.api.Test;

import static fr.cohorte.recruitment.Selections.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings that cannot hold are explained: the quotas at fault and by how many people. */
class SelectionConflictTest {

    private final CohortSelection selection = Selections.cohortSelection();

    private static final List<Candidate> POOL = List.of(
            candidate("anne", "18", "company", "F", "Renault", "IDF"),
            candidate("bruno", "17", "company", "M", "Renault", "IDF"),
            candidate("chloe", "16", "company", "F", "Airbus", "ARA"),
            candidate("david", "15", "parliament", "M", "Senate", "BRE"),
            candidate("emma", "14", "parliament", "F", "National Assembly", "BRE"),
            candidate("farid", "13", "state", "M", "Prefecture", "IDF"),
            candidate("gaelle", "12", "state", "F", "Ministry", "ARA"));

    @Test
    void moreParliamentariansRequestedThanAppliedIsNamedWithTheShortfall() {
        SelectionResponse response = solve(4, List.of(new Quota("background", "parliament", 4, null)), null, List.of());

        assertThat(response.status()).isEqualTo(SelectionStatus.INFEASIBLE);
        assertThat(response.conflicts()).containsExactly(new Conflict("background", "parliament",
                "Au moins 4 pour horizon « parliament » demandés, 2 candidatures reçues : il en manque 2."));
    }

    @Test
    void minimumsAddingUpToMoreThanTheSeatsAreNamed() {
        SelectionResponse response = solve(3, List.of(new Quota("background", "company", 2, null),
                new Quota("background", "state", 2, null)), null, List.of());

        assertThat(response.conflicts()).extracting(Conflict::attribute, Conflict::value, Conflict::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("background", null, "Les minimums par horizon totalisent 4 personnes pour 3 places : 1 de trop."));
    }

    @Test
    void maximumsThatCannotFillTheSeatsAreNamed() {
        SelectionResponse response = solve(5, List.of(new Quota("gender", "F", null, 2), new Quota("gender", "M", null, 2)), null, List.of());

        assertThat(response.conflicts()).extracting(Conflict::message)
                .containsExactly("Les maximums par genre ne permettent de pourvoir que 4 des 5 places : il en manque 1.");
    }

    @Test
    void aForcedInCandidateBeyondAMaximumIsNamed() {
        SelectionResponse response = solve(3, List.of(new Quota("background", "company", null, 1)), null, List.of("anne", "chloe"));

        assertThat(response.conflicts()).extracting(Conflict::attribute, Conflict::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("background", "company"));
        assertThat(response.conflicts().getFirst().message()).isEqualTo(
                "Au plus 1 pour horizon « company » demandés, mais 2 sont retenues d’office : 1 de trop.");
    }

    @Test
    void quotasThatOnlyClashTogetherAreNamedAndNoOtherOnes() {
        // Every woman works for a company: 3 women and at most 1 company person cannot both hold,
        // while the region quota, satisfiable on its own and with them, must not be blamed.
        List<Candidate> pool = List.of(
                candidate("anne", "18", "company", "F", "Renault", "IDF"),
                candidate("chloe", "16", "company", "F", "Airbus", "ARA"),
                candidate("ines", "11", "company", "F", "Orange", "BRE"),
                candidate("david", "15", "parliament", "M", "Senate", "BRE"),
                candidate("farid", "13", "state", "M", "Prefecture", "IDF"),
                candidate("hugo", "10", "trade-union", "M", "CGT", "ARA"));
        SelectionRequest request = new SelectionRequest(4, pool, List.of(
                new Quota("gender", "F", 3, null),
                new Quota("background", "company", null, 1),
                new Quota("region", "IDF", 1, null)), null, null, null, null);

        SelectionResponse response = selection.solve(request);

        assertThat(response.status()).isEqualTo(SelectionStatus.INFEASIBLE);
        assertThat(response.conflicts()).extracting(Conflict::attribute, Conflict::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("gender", "F"),
                org.assertj.core.groups.Tuple.tuple("background", "company"));
        assertThat(response.conflicts()).extracting(Conflict::message).containsExactlyInAnyOrder(
                "Au moins 3 pour genre « F » demandés, mais avec les autres réglages cités, 1 au plus peuvent être retenues : il en manque 2.",
                "Au plus 1 pour horizon « company » demandés, mais les autres réglages cités en imposent au moins 3 : 2 de trop.");
    }

    @Test
    void aMinimumOutOfReachOnceEachOrganisationSendsOnePersonIsNamed() {
        SelectionResponse response = solve(4, List.of(new Quota("background", "company", 3, null)), 1, List.of());

        assertThat(response.conflicts()).extracting(Conflict::message).containsExactly(
                "Au moins 3 pour horizon « company » demandés : 3 candidatures reçues, mais 2 seulement peuvent être retenues "
                        + "à 1 au plus par organisation ; il en manque 1.");
    }

    private SelectionResponse solve(int seats, List<Quota> quotas, Integer maxPerOrganisation, List<String> forceIn) {
        return selection.solve(new SelectionRequest(seats, POOL, quotas, maxPerOrganisation, forceIn, List.of(), null));
    }
}
