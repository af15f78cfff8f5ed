package fr.cohorte.recruitment.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import fr.cohorte.recruitment.SelectionLimits;
import fr.cohorte.recruitment.SelectionRequest;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phases after the solve share the request's deadline: once it has passed, what is left says so
 * instead of running on. These check the structure with a deadline already passed, not the clock.
 */
class SelectionDeadlineTest {

    private static final SelectionLimits LIMITS = new SelectionLimits(20_000, 200, 1_000);
    private static final Deadline PASSED = new Deadline(System.nanoTime() - 1);

    private final SelectionMessages messages = new SelectionMessages(bundles(), Locale.ENGLISH);

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    private static Candidate candidate(String id, String score, String background, String region) {
        return new Candidate(id, new BigDecimal(score), background, "F", null, region);
    }

    /** One press candidate and two from Brittany are needed, for two seats: each quota alone could hold. */
    private SelectionProblem twoSeatsForThreeNeeded() {
        return SelectionRequestReader.read(new SelectionRequest(2, List.of(candidate("a", "9", "press", "IDF"),
                candidate("b", "8", "state", "BRE"), candidate("c", "7", "state", "BRE")),
                List.of(new Quota("background", "press", 1, null), new Quota("region", "BRE", 2, null)), null, null, null, 4), LIMITS, messages);
    }

    @Test
    void candidatesStillToExplainWhenTheDeadlineHasPassedAreToldTheTimeLimitCameFirst() {
        SelectionProblem problem = SelectionRequestReader.read(new SelectionRequest(1, List.of(candidate("a", "9", "press", "IDF"),
                candidate("b", "8", "state", "BRE")), null, null, null, null, 3), LIMITS, messages);

        var reasons = new CohortExplainer(problem, new boolean[] {true, false}).all(PASSED);

        assertThat(reasons.values()).hasSize(2).allSatisfy(reason -> assertThat(reason)
                .containsExactly(Reason.of(ReasonCode.EXPLANATION_OUT_OF_TIME, 3)));
        assertThat(messages.text(reasons.values().iterator().next())).isEqualTo("Not explained: the time limit of 3 seconds came first.");
    }

    @Test
    void settingsThatCannotHoldWhenTheDeadlineHasPassedAreSaidToClashWithoutNamingWhich() {
        SelectionProblem problem = twoSeatsForThreeNeeded();

        assertThat(ConflictFinder.of(problem, SolverSettings.REPRODUCIBLE, PASSED))
                .containsExactly(new Clash("timeLimitSeconds", null, Reason.of(ReasonCode.TIME_LIMIT_WITHOUT_CONFLICTS, 4)));
    }

    @Test
    void theSameSettingsWithTimeLeftNameTheClashingQuotasAndByHowMuch() {
        SelectionProblem problem = twoSeatsForThreeNeeded();

        List<Clash> clashes = ConflictFinder.of(problem, SolverSettings.REPRODUCIBLE, Deadline.after(System.nanoTime(), 4));

        assertThat(clashes).extracting(Clash::value).containsExactlyInAnyOrder("press", "BRE");
        assertThat(clashes).extracting(clash -> clash.reason().code())
                .containsOnly(ReasonCode.CLASHING_QUOTA_MINIMUM);
    }
}
