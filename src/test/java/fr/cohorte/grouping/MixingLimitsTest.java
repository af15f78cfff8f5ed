package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import fr.cohorte.grouping.MixingRequest.LockEntry;
import fr.cohorte.grouping.MixingRequest.ParticipantEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;
import fr.cohorte.grouping.internal.MixingSearch;
import fr.cohorte.web.RequestLimitExceededException;
import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.LIMITS;
import static fr.cohorte.grouping.Cohorts.golfers;
import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withHistory;
import static fr.cohorte.grouping.Cohorts.withLocks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A request larger than the solver takes is refused before any work, naming the limit, its maximum and
 * the field; one at every limit is solved within its time limit. The requests (100,000
 * participants; 30 participants over 10,000 rounds) ran for minutes and ran out of memory.
 */
class MixingLimitsTest {

    private final MixingService mixing = new MixingService(LIMITS);

    private static RequestLimitExceededException refusal(MixingRequest request) {
        return catchThrowableOfType(RequestLimitExceededException.class, () -> MixingProblem.of(request, LIMITS));
    }

    /** Nine horizons, two genders, organisations of about three people: a cohort of {@code count}. */
    private static List<ParticipantEntry> cohort(int count) {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(person("p" + i, "horizon-" + i % 9, i % 2 == 0 ? "F" : "M", "organisation-" + i / 3));
        }
        return people;
    }

    @Test
    void oneParticipantMoreThanTheLimitIsRefusedNamingTheLimit() {
        RequestLimitExceededException refused = refusal(request(golfers(501), rounds(2, 100)));

        assertThat(refused.limit()).isEqualTo("participants");
        assertThat(refused.maximum()).isEqualTo(500);
        assertThat(refused.actual()).isEqualTo(501);
        assertThat(refused.field()).isEqualTo("participants");
    }

    @Test
    void tenThousandRoundsOfThirtyPeopleAreRefusedAsTooManyRounds() {
        RequestLimitExceededException refused = refusal(request(golfers(30), rounds(10_000, 6)));

        assertThat(refused.limit()).isEqualTo("rounds");
        assertThat(refused.maximum()).isEqualTo(50);
        assertThat(refused.actual()).isEqualTo(10_000);
    }

    @Test
    void moreRoundsHeldThanTheLimitAreRefused() {
        List<List<List<String>>> held = Collections.nCopies(51, List.of(List.of("p1", "p2"), List.of("p3", "p4")));

        assertThat(refusal(withHistory(request(golfers(4), rounds(1, 2)), held)).limit()).isEqualTo("history");
    }

    @Test
    void aRoundOfMoreGroupsThanTheLimitIsRefusedWhetherCountedOrSized() {
        RequestLimitExceededException counted = refusal(request(golfers(300), List.of(new RoundEntry(101, null, null, List.of()))));
        RequestLimitExceededException sized = refusal(request(golfers(300), List.of(new RoundEntry(null, 1, 2, List.of()))));

        assertThat(counted.limit()).isEqualTo("groups");
        assertThat(counted.field()).isEqualTo("rounds[0].groups");
        assertThat(sized.limit()).isEqualTo("groups");
        assertThat(sized.actual()).isEqualTo(150);
        assertThat(sized.field()).isEqualTo("rounds[0].maxSize");
    }

    @Test
    void anIdLongerThanTheLimitIsRefusedSinceItComesBackInEveryRound() {
        List<ParticipantEntry> people = new ArrayList<>(golfers(3));
        people.add(person("x".repeat(201), "any", null, null));

        RequestLimitExceededException refused = refusal(request(people, rounds(1, 2)));

        assertThat(refused.limit()).isEqualTo("textLength");
        assertThat(refused.maximum()).isEqualTo(MixingLimits.MAX_TEXT_LENGTH);
        assertThat(refused.field()).isEqualTo("participants[3].id");
    }

    @Test
    void moreLocksThanPlacesOrMoreAbsencesThanPeopleAreRefused() {
        List<LockEntry> locks = Collections.nCopies(9, new LockEntry(0, "p1", 0));
        List<String> absent = Collections.nCopies(5, "p1");

        assertThat(refusal(withLocks(request(golfers(4), rounds(2, 2)), locks)).limit()).isEqualTo("locks");
        assertThat(refusal(request(golfers(4), List.of(new RoundEntry(1, null, null, absent)))).limit()).isEqualTo("absent");
    }

    @Test
    void aRequestWithHundredsOfMistakesListsTheFirstHundredAndCountsTheRest() {
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            absent.add("nobody-" + i);
        }

        MixingValidationException invalid = catchThrowableOfType(MixingValidationException.class,
                () -> MixingProblem.of(request(golfers(200), List.of(new RoundEntry(2, null, null, absent))), LIMITS));

        assertThat(invalid.errors(Cohorts.MESSAGES, Locale.ENGLISH)).hasSize(101);
        assertThat(invalid.errors(Cohorts.MESSAGES, Locale.ENGLISH).getLast().message()).isEqualTo("50 more errors, not listed");
        assertThat(invalid.errors(Cohorts.MESSAGES, Locale.FRENCH).getLast().message()).isEqualTo("50 autres erreurs, non listées");
    }

    @Test
    void theLargestAcceptedRequestWithAOneSecondLimitReturnsAPlanAndTheTimeItTook() {
        MixingRequest largest = new MixingRequest(cohort(500), rounds(50, 100), List.of(), List.of(), List.of(), 1, 3L, null);

        long start = System.nanoTime();
        MixingResponse response = mixing.solve(largest);
        long measured = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.rounds()).hasSize(50).allSatisfy(round -> assertThat(round).hasSize(100)
                .allSatisfy(group -> assertThat(group).hasSize(5)));
        // Nine horizons never mix perfectly, so the search runs until its limit: what it reports is at
        // least that, and no more than the call took.
        assertThat(response.solveMillis()).isBetween(1_000L, measured);
    }

    @Test
    void aSolveWhoseTimeLimitWasSpentBeforeTheSearchReturnsItsStartingPlan() {
        MixingProblem problem = MixingProblem.of(request(cohort(60), rounds(6, 12)), LIMITS);
        List<MixingPlan> reported = new ArrayList<>();

        MixingSearch.Outcome outcome = MixingSearch.solve(problem, (plan, millis) -> reported.add(plan), () -> false,
                System.nanoTime() - problem.timeLimit().toNanos());

        // Each of the searches side by side tells its starting plan, and nothing after it.
        assertThat(reported).hasSizeBetween(1, 2);
        assertThat(reported).anySatisfy(plan -> assertThat(plan).isSameAs(outcome.plan()));
    }
}
