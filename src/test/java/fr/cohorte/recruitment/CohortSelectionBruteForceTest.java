package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import fr.cohorte.recruitment.SelectionRequest.Candidate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** On small random instances, the selection agrees with trying every cohort. */
class CohortSelectionBruteForceTest {

    private final CohortSelection selection = Selections.cohortSelection();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 80);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSelectedCohortIsProvenBestAndKeepsEveryQuota(long seed) {
        SelectionRequest request = RandomInstances.drawn(seed);
        BruteForce bruteForce = new BruteForce(request);

        SelectionResponse response = selection.solve(request);

        Optional<BigDecimal> best = bruteForce.bestTotal();
        if (best.isEmpty()) {
            assertThat(response.status()).isEqualTo(SelectionStatus.INFEASIBLE);
            assertThat(response.conflicts()).isNotEmpty().allSatisfy(conflict -> assertThat(conflict.message()).isNotBlank());
            return;
        }
        assertThat(response.status()).isEqualTo(SelectionStatus.OPTIMAL);
        assertThat(response.totalScore()).isEqualByComparingTo(best.get());
        assertThat(bruteForce.admits(Set.copyOf(response.selected()))).isTrue();
        assertThat(bruteForce.total(Set.copyOf(response.selected()))).isEqualByComparingTo(response.totalScore());
        assertThat(response.explanations()).containsOnlyKeys(request.candidates().stream().map(Candidate::id).toList());
        assertThat(response.waitlist()).noneMatch(response.selected()::contains).noneMatch(request.forceOut()::contains);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theCostOfForcingACandidateInIsTheDropOfTheBestTotal(long seed) {
        SelectionRequest request = RandomInstances.drawn(seed);
        BruteForce bruteForce = new BruteForce(request);
        Optional<BigDecimal> best = bruteForce.bestTotal();
        if (best.isEmpty()) {
            return;
        }
        SelectionResponse response = selection.solve(request);
        for (String candidate : response.waitlist()) {
            Set<String> forced = new HashSet<>(request.forceIn());
            forced.add(candidate);
            Optional<BigDecimal> withCandidate = bruteForce.bestTotal(forced);

            ForcingCost cost = selection.forcingCost(request, candidate, Locale.FRENCH);

            if (withCandidate.isEmpty()) {
                assertThat(cost.status()).isEqualTo(SelectionStatus.INFEASIBLE);
                assertThat(cost.conflicts()).isNotEmpty();
            } else {
                assertThat(cost.status()).isEqualTo(SelectionStatus.OPTIMAL);
                assertThat(cost.cost()).isEqualByComparingTo(best.get().subtract(withCandidate.get()));
                assertThat(cost.entering()).contains(candidate);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aReplacementKeepsEveryQuotaAndIsTheBestSingleSwapWhenOneExists(long seed) {
        SelectionRequest request = RandomInstances.drawn(seed);
        SelectionResponse response = selection.solve(request);
        if (response.status() != SelectionStatus.OPTIMAL) {
            return;
        }
        for (String withdrawn : response.selected()) {
            List<String> forceIn = request.forceIn().stream().filter(id -> !id.equals(withdrawn)).toList();
            List<String> forceOut = new ArrayList<>(request.forceOut());
            forceOut.add(withdrawn);
            BruteForce afterWithdrawal = new BruteForce(new SelectionRequest(request.seats(), request.candidates(), request.quotas(),
                    request.maxPerOrganisation(), forceIn, forceOut, request.timeLimitSeconds()));
            Optional<String> bestSingleSwap = response.waitlist().stream()
                    .filter(candidate -> afterWithdrawal.admits(swapped(response.selected(), withdrawn, candidate)))
                    .findFirst();

            Replacement replacement = selection.replacement(new ReplacementRequest(request, response.selected(), withdrawn), Locale.FRENCH);

            if (bestSingleSwap.isPresent()) {
                assertThat(replacement.kind()).isEqualTo(Replacement.Kind.SINGLE_SWAP);
                assertThat(replacement.entering()).containsExactly(bestSingleSwap.get());
                assertThat(replacement.leaving()).containsExactly(withdrawn);
            } else if (afterWithdrawal.bestTotal().isPresent()) {
                assertThat(replacement.kind()).isEqualTo(Replacement.Kind.RESOLVED);
                assertThat(replacement.explanation()).contains("Aucune candidature de la liste d’attente ne peut, seule, remplacer");
            } else {
                assertThat(replacement.kind()).isEqualTo(Replacement.Kind.IMPOSSIBLE);
                continue;
            }
            assertThat(afterWithdrawal.admits(Set.copyOf(replacement.cohort()))).isTrue();
            assertThat(replacement.cohort()).doesNotContain(withdrawn);
        }
    }

    private static Set<String> swapped(List<String> cohort, String leaving, String entering) {
        Set<String> swapped = new HashSet<>(cohort);
        swapped.remove(leaving);
        swapped.add(entering);
        return swapped;
    }
}
