package fr.cohorte.grouping;

import java.util.List;
import java.util.Locale;

import fr.cohorte.grouping.MixingRequest.LockEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;
import fr.cohorte.grouping.MixingValidationException.InvalidField;
import org.junit.jupiter.api.Test;

import static fr.cohorte.grouping.Cohorts.golfers;
import static fr.cohorte.grouping.Cohorts.person;
import static fr.cohorte.grouping.Cohorts.request;
import static fr.cohorte.grouping.Cohorts.rounds;
import static fr.cohorte.grouping.Cohorts.withApart;
import static fr.cohorte.grouping.Cohorts.withHistory;
import static fr.cohorte.grouping.Cohorts.withLocks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad requests are refused with the field at fault and a reason a person can act on. */
class MixingValidationTest {

    private final MixingService mixing = new MixingService(Cohorts.LIMITS);

    private List<InvalidField> errorsOf(MixingRequest request) {
        return catchThrowableOfType(MixingValidationException.class, () -> mixing.solve(request)).errors(Cohorts.MESSAGES, Locale.ENGLISH);
    }

    @Test
    void duplicateIdsNameBothEntries() {
        MixingRequest twice = request(List.of(person("a", "x", null, null), person("b", "x", null, null),
                person("a", "y", null, null)), rounds(1, 1));

        assertThat(errorsOf(twice)).containsExactly(
                new InvalidField("participants[2].id", "'a' is already the id of participants[0]"));
    }

    @Test
    void unknownIdsAreNamedWhereverTheyAppear() {
        MixingRequest unknown = withApart(withHistory(request(golfers(4), List.of(new RoundEntry(2, null, null, List.of("zed")))),
                List.of(List.of(List.of("p1", "ghost")))), List.of(List.of("p1", "nobody")));

        assertThat(errorsOf(unknown)).extracting(InvalidField::field)
                .containsExactlyInAnyOrder("history[0][0][1]", "apart[0][1]", "rounds[0].absent[0]");
        assertThat(errorsOf(unknown)).extracting(InvalidField::message).contains("'ghost' is not one of the participants");
    }

    @Test
    void moreGroupsThanPeoplePresentIsImpossible() {
        MixingRequest tooManyGroups = request(golfers(4), List.of(new RoundEntry(3, null, null, List.of("p1", "p2"))));

        assertThat(errorsOf(tooManyGroups)).containsExactly(
                new InvalidField("rounds[0].groups", "3 groups cannot be formed with 2 people present"));
    }

    @Test
    void aSizeRangeThePresentPeopleCannotFillIsImpossible() {
        MixingRequest sevenInFivesOrSixes = request(golfers(7), List.of(new RoundEntry(null, 5, 6, List.of())));

        assertThat(errorsOf(sevenInFivesOrSixes)).extracting(InvalidField::field).containsExactly("rounds[0].minSize");
    }

    @Test
    void lockingOnePersonInTwoGroupsOfARoundIsContradictory() {
        MixingRequest contradictory = withLocks(request(golfers(6), rounds(1, 2)),
                List.of(new LockEntry(0, "p1", 0), new LockEntry(0, "p1", 1)));

        assertThat(errorsOf(contradictory)).containsExactly(
                new InvalidField("locks[1]", "'p1' is already locked in group 0 of round 0"));
    }

    @Test
    void lockingAnAbsentPersonOrInAMissingGroupOrRoundIsRefused() {
        MixingRequest wrongLocks = withLocks(request(golfers(6), List.of(new RoundEntry(2, null, null, List.of("p6")))),
                List.of(new LockEntry(0, "p6", 0), new LockEntry(0, "p1", 2), new LockEntry(1, "p2", 0)));

        assertThat(errorsOf(wrongLocks)).extracting(InvalidField::field)
                .containsExactlyInAnyOrder("locks[0].participant", "locks[1].group", "locks[2].round");
    }

    @Test
    void lockingMorePeopleInAGroupThanItHoldsIsRefused() {
        MixingRequest crowded = withLocks(request(golfers(4), rounds(1, 2)),
                List.of(new LockEntry(0, "p1", 0), new LockEntry(0, "p2", 0), new LockEntry(0, "p3", 0)));

        assertThat(errorsOf(crowded)).containsExactly(
                new InvalidField("rounds[0]", "3 people are locked in group 0, which holds 2"));
    }

    @Test
    void lockingTwoPeopleInConflictTogetherIsContradictory() {
        MixingRequest conflict = withApart(withLocks(request(golfers(4), rounds(1, 2)),
                List.of(new LockEntry(0, "p1", 1), new LockEntry(0, "p2", 1))), List.of(List.of("p1", "p2")));

        assertThat(errorsOf(conflict)).extracting(InvalidField::message)
                .containsExactly("'p1' and 'p2' are locked in the same group but must never be together");
    }

    @Test
    void conflictsThatNoPlanCanHonourAreNamed() {
        MixingRequest threeFoesTwoGroups = withApart(request(golfers(4), rounds(1, 2)),
                List.of(List.of("p1", "p2"), List.of("p1", "p3"), List.of("p2", "p3")));

        assertThat(errorsOf(threeFoesTwoGroups)).hasSize(1).first().satisfies(error -> {
            assertThat(error.field()).startsWith("apart[");
            assertThat(error.message()).contains("cannot be kept apart in round 0");
        });
    }
}
