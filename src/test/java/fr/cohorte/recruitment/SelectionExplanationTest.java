package fr.cohorte.recruitment;

import java.util.List;
import java.util.Locale;

import fr.cohorte.recruitment.SelectionRequest.Quota;
import org.junit.jupiter.api.Test;

import static fr.cohorte.recruitment.Selections.candidate;
import static org.assertj.core.api.Assertions.assertThat;

/** Every candidate reads why they are in or out, in the words of the rule that decided it. */
class SelectionExplanationTest {

    private final CohortSelection selection = Selections.cohortSelection();

    @Test
    void aWaitingCandidateIsToldTheSeatsOfTheirHorizonAreTakenAndWhatTakingOneWouldCost() {
        SelectionRequest request = new SelectionRequest(3, List.of(
                candidate("anne", "18", "state", "F", "Prefecture", "IDF"),
                candidate("bruno", "17", "state", "M", "Ministry", "IDF"),
                candidate("chloe", "16", "state", "F", "Rectorate", "ARA"),
                candidate("david", "9", "company", "M", "Renault", "BRE"),
                candidate("emma", "8", "company", "F", "Orange", "BRE")),
                List.of(new Quota("background", "state", null, 2)), null, null, null, null);

        SelectionResponse response = selection.solve(request);

        assertThat(response.selected()).containsExactly("anne", "bruno", "david");
        assertThat(response.explanations().get("chloe"))
                .contains("les 2 places prévues pour horizon « state » sont prises")
                .contains("à la place de bruno (note 17)")
                .contains("ferait baisser le total de 1 points");
    }

    @Test
    void aWaitingCandidateIsToldTheirOrganisationHasItsSeat() {
        SelectionRequest request = new SelectionRequest(2, List.of(
                candidate("anne", "18", "company", "F", "Renault", "IDF"),
                candidate("bruno", "17", "company", "M", "Renault", "IDF"),
                candidate("chloe", "12", "trade-union", "F", "CFDT", "ARA")),
                List.of(), 1, null, null, null);

        SelectionResponse response = selection.solve(request);

        assertThat(response.selected()).containsExactly("anne", "chloe");
        assertThat(response.explanations().get("bruno"))
                .contains("la place permise par organisation pour « Renault » est prise")
                .contains("à la place d’anne (note 18)");
    }

    @Test
    void aMinimumKeepsLowerScoresInAndBothSidesAreToldSo() {
        SelectionRequest request = new SelectionRequest(3, List.of(
                candidate("anne", "18", "company", "F", "Renault", "IDF"),
                candidate("bruno", "17", "company", "M", "Orange", "IDF"),
                candidate("chloe", "16", "company", "F", "Airbus", "ARA"),
                candidate("david", "9", "trade-union", "M", "CGT", "BRE"),
                candidate("emma", "8", "trade-union", "F", "CFDT", "BRE")),
                List.of(new Quota("background", "trade-union", 2, null)), null, null, null, null);

        SelectionResponse response = selection.solve(request);

        assertThat(response.selected()).containsExactly("anne", "david", "emma");
        assertThat(response.waitlist()).containsExactly("bruno", "chloe");
        assertThat(response.explanations().get("bruno"))
                .contains("le sont pour tenir le minimum de 2 pour horizon « trade-union »")
                .contains("à la place d’anne (note 18)")
                .contains("ferait baisser le total de 1 points");
        assertThat(response.explanations().get("emma")).contains("pour tenir le minimum de 2 pour horizon « trade-union »");
        assertThat(response.explanations().get("anne")).isEqualTo("Retenue (note 18).");
    }

    @Test
    void anOutscoredCandidateIsToldTheSeatsAreTakenAndTheCostOfTheCheapestSwap() {
        SelectionRequest request = new SelectionRequest(2, List.of(
                candidate("anne", "18.25", "company", "F", "Renault", "IDF"),
                candidate("bruno", "17.5", "company", "M", "Orange", "IDF"),
                candidate("chloe", "12", "company", "F", "Airbus", "ARA"),
                candidate("david", "19", "company", "M", "Dassault", "ARA")),
                List.of(), null, null, List.of("david"), null);

        SelectionResponse response = selection.solve(request);

        assertThat(response.totalScore()).isEqualByComparingTo("35.75");
        assertThat(response.explanations().get("chloe"))
                .isEqualTo("Non retenue : les 2 places sont prises par des candidatures mieux notées. "
                        + "La retenir à la place de bruno (note 17,5), l’échange le moins coûteux qui garde tous les quotas, "
                        + "ferait baisser le total de 5,5 points.");
        assertThat(response.explanations().get("david")).isEqualTo("Écartée par l’équipe.");
    }

    @Test
    void aTieSaysTheRulesDoNotBreakItRatherThanZeroPoints() {
        SelectionRequest request = new SelectionRequest(1, List.of(
                candidate("anne", "15", "company", "F", "Renault", "IDF"),
                candidate("bruno", "15", "company", "M", "Orange", "IDF")),
                List.of(), null, List.of(), List.of(), null);

        SelectionResponse response = selection.solve(request);

        String waiting = response.waitlist().getFirst();
        String other = response.selected().getFirst();
        assertThat(response.explanations().get(waiting))
                .startsWith("Non retenue : la place est prise, la dernière par une candidature de même note.")
                .contains("à la place " + (other.equals("anne") ? "d’anne" : "de bruno") + ", de même note (15), garderait tous les quotas et le même total")
                .contains("les règles ne départagent pas deux notes égales")
                .doesNotContain("0 points");
    }

    @Test
    void explanationsSpeakEnglishWhenAsked() {
        SelectionRequest request = new SelectionRequest(1, List.of(
                candidate("anne", "18", "company", "F", "Renault", "IDF"),
                candidate("bruno", "17", "company", "M", "Orange", "IDF")),
                List.of(), null, List.of(), List.of(), null);

        SelectionResponse response = selection.solve(request, Locale.ENGLISH);

        assertThat(response.explanations().get("anne")).isEqualTo("Selected (score 18).");
        assertThat(response.explanations().get("bruno")).startsWith("Not selected: the 1 seats are taken by higher scores.");
    }

    @Test
    void forcingAnOutscoredCandidateInCostsTheDropOfTheBestTotalAndSaysWhoLeaves() {
        SelectionRequest request = new SelectionRequest(2, List.of(
                candidate("anne", "18", "company", "F", "Renault", "IDF"),
                candidate("bruno", "17", "trade-union", "M", "CGT", "IDF"),
                candidate("chloe", "12", "trade-union", "F", "CFDT", "ARA")),
                List.of(new Quota("background", "trade-union", 1, 1)), null, null, null, null);

        ForcingCost cost = selection.forcingCost(request, "chloe", Locale.FRENCH);

        assertThat(cost.cost()).isEqualByComparingTo("5");
        assertThat(cost.entering()).containsExactly("chloe");
        assertThat(cost.leaving()).containsExactly("bruno");
        assertThat(cost.explanation()).isEqualTo("La retenir d’office ferait baisser le meilleur total de 5 points. Entrent : chloe. Sortent : bruno.");
    }

    @Test
    void aWithdrawnTradeUnionistIsReplacedByTheBestTradeUnionistWaiting() {
        SelectionRequest request = new SelectionRequest(2, List.of(
                candidate("anne", "18", "company", "F", "Renault", "IDF"),
                candidate("bruno", "17", "company", "M", "Orange", "IDF"),
                candidate("chloe", "12", "trade-union", "F", "CFDT", "ARA"),
                candidate("david", "10", "trade-union", "M", "CGT", "ARA")),
                List.of(new Quota("background", "trade-union", 1, null)), null, null, null, null);

        Replacement replacement = selection.replacement(new ReplacementRequest(request, List.of("anne", "chloe"), "chloe"), Locale.FRENCH);

        assertThat(replacement.kind()).isEqualTo(Replacement.Kind.SINGLE_SWAP);
        assertThat(replacement.entering()).containsExactly("david");
        assertThat(replacement.cohort()).containsExactly("anne", "david");
        assertThat(replacement.explanation()).startsWith("david remplace chloe");
    }

    @Test
    void theSameRequestGivesTheSameCohortEvenAmongEqualScores() {
        List<SelectionRequest.Candidate> tied = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> candidate("c" + i, "10", i % 2 == 0 ? "company" : "state", i % 3 == 0 ? "F" : "M", "org" + i % 5, "IDF"))
                .toList();
        SelectionRequest request = new SelectionRequest(5, tied, List.of(new Quota("gender", "F", 2, null)), 1, null, null, null);

        SelectionResponse first = selection.solve(request);

        for (int run = 0; run < 5; run++) {
            assertThat(Selections.cohortSelection().solve(request).selected()).isEqualTo(first.selected());
        }
    }
}
