package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import fr.cohorte.recruitment.InvalidSelectionRequestException.FieldError;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;
import fr.cohorte.web.RequestLimitExceededException;
import org.junit.jupiter.api.Test;

import static fr.cohorte.recruitment.Selections.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A selection request larger than the engine takes is refused before any work, naming the limit; one
 * at the limits gets its cohort within its time limit, every candidate explained or told why not.
 */
class SelectionLimitsTest {

    private static final List<Quota> QUOTAS = List.of(new Quota("gender", "F", 12, 18), new Quota("background", "parliament", 1, 3),
            new Quota("region", "R0", 2, 6));

    private final CohortSelection selection = Selections.cohortSelection();

    private RequestLimitExceededException refusal(SelectionRequest request) {
        return catchThrowableOfType(RequestLimitExceededException.class, () -> selection.solve(request));
    }

    /** {@code count} candidates of eight horizons and thirteen regions, organisations of about three. */
    private static List<Candidate> pool(int count) {
        Random random = new Random(count);
        String[] horizons = {"company", "trade-union", "employers", "state", "local-government", "international", "parliament", "press"};
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(new Candidate("A" + i, BigDecimal.valueOf(500 + random.nextInt(1500), 2), horizons[i % horizons.length],
                    i % 2 == 0 ? "F" : "M", "org-" + i / 3, "R" + i % 13));
        }
        return candidates;
    }

    @Test
    void oneCandidateMoreThanTheLimitIsRefusedNamingTheLimit() {
        RequestLimitExceededException refused = refusal(new SelectionRequest(30, pool(20_001), null, null, null, null, 1));

        assertThat(refused.limit()).isEqualTo("candidates");
        assertThat(refused.maximum()).isEqualTo(20_000);
        assertThat(refused.actual()).isEqualTo(20_001);
        assertThat(refused.field()).isEqualTo("candidates");
    }

    @Test
    void moreSeatsOrQuotasThanTheLimitsAreRefused() {
        List<Quota> quotas = new ArrayList<>();
        for (int q = 0; q < 201; q++) {
            quotas.add(new Quota("organisation", "org-" + q, 0, 1));
        }

        assertThat(refusal(new SelectionRequest(1_001, pool(2_000), null, null, null, null, 1)).limit()).isEqualTo("seats");
        assertThat(refusal(new SelectionRequest(30, pool(100), quotas, null, null, null, 1)).limit()).isEqualTo("quotas");
    }

    @Test
    void anIdLongerThanTheLimitIsRefusedSinceItComesBackInOtherCandidatesSentences() {
        List<Candidate> candidates = new ArrayList<>(pool(3));
        candidates.add(candidate("x".repeat(201), "12", "press", "F", "o", "IDF"));

        RequestLimitExceededException refused = refusal(new SelectionRequest(1, candidates, null, null, null, null, 1));

        assertThat(refused.limit()).isEqualTo("textLength");
        assertThat(refused.field()).isEqualTo("candidates[3].id");
    }

    @Test
    void aReplacementNamingMorePeopleInTheCohortThanThereAreCandidatesIsRefused() {
        SelectionRequest request = new SelectionRequest(1, pool(3), null, null, null, null, 1);

        RequestLimitExceededException refused = catchThrowableOfType(RequestLimitExceededException.class,
                () -> selection.replacement(new ReplacementRequest(request, Collections.nCopies(4, "A0"), "A0"), Locale.FRENCH));

        assertThat(refused.limit()).isEqualTo("cohort");
    }

    @Test
    void aTimeLimitAboveTenMinutesIsRefusedOnItsField() {
        InvalidSelectionRequestException invalid = catchThrowableOfType(InvalidSelectionRequestException.class,
                () -> selection.solve(new SelectionRequest(1, pool(3), null, null, null, null, 601)));

        assertThat(invalid.errors()).containsExactly(new FieldError("timeLimitSeconds", "Le temps limite est de 600 secondes au plus (601)."));
    }

    @Test
    void theLargestAcceptedPoolGetsACohortAndASentenceForEveryone() {
        SelectionResponse response = selection.solve(new SelectionRequest(30, pool(20_000), QUOTAS, 1, null, null, null));

        assertThat(response.status()).isIn(SelectionStatus.OPTIMAL, SelectionStatus.FEASIBLE);
        assertThat(response.selected()).hasSize(30);
        assertThat(response.explanations()).hasSize(20_000).allSatisfy((id, sentence) -> assertThat(sentence).isNotBlank());
    }

    /**
     * With one second, CP-SAT may not even find a cohort among 20,000 candidates of 6,667
     * organisations capped at one each (it takes about 3 s here): the answer then says so and asks for
     * more time, as an answer, not an error.
     */
    @Test
    void theLargestAcceptedPoolWithAOneSecondLimitIsAnsweredWithACohortOrTheTimeLimitToRaise() {
        SelectionResponse response = selection.solve(new SelectionRequest(30, pool(20_000), QUOTAS, 1, null, null, 1));

        if (response.status() == SelectionStatus.UNKNOWN) {
            assertThat(response.conflicts()).extracting(SelectionResponse.Conflict::attribute).containsExactly("timeLimitSeconds");
        } else {
            assertThat(response.selected()).hasSize(30);
            assertThat(response.explanations()).hasSize(20_000);
        }
    }

    @Test
    void aReplacementAmongTwentyThousandIsTheBestWaitingCandidateWhoKeepsTheQuotas() {
        List<Candidate> candidates = pool(20_000);
        SelectionRequest request = new SelectionRequest(30, candidates, List.of(new Quota("gender", "F", 15, 15)), null, null, null, 5);
        SelectionResponse cohort = selection.solve(request);
        String leaving = cohort.selected().stream().filter(id -> Integer.parseInt(id.substring(1)) % 2 == 0).findFirst().orElseThrow();

        Replacement replacement = selection.replacement(new ReplacementRequest(request, cohort.selected(), leaving), Locale.FRENCH);

        // A woman leaves: the best-scored woman waiting comes in, since the men waiting would break the quota.
        String bestWomanWaiting = cohort.waitlist().stream().filter(id -> Integer.parseInt(id.substring(1)) % 2 == 0).findFirst().orElseThrow();
        assertThat(replacement.kind()).isEqualTo(Replacement.Kind.SINGLE_SWAP);
        assertThat(replacement.entering()).containsExactly(bestWomanWaiting);
        assertThat(replacement.leaving()).containsExactly(leaving);
    }
}
