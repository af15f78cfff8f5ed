package fr.cohorte.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The programme rules on the demo's 34th session, whose Silicon Valley trip (America/Los_Angeles,
 * 10 to 16 March 2016) spans the US switch to summer time on Sunday 13 March.
 */
// These tests add seminars to session 34: they share a demo database of their own, so that pages
// and tests reading the demo as it loads do not see their additions.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.database=programme-editing"})
class ProgrammeChecksTest {

    static final ZoneId PALO_ALTO = ZoneId.of("America/Los_Angeles");

    @Autowired
    ProgrammeEditor editor;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTimeSkippedWhenClocksGoForwardDoesNotExist() {
        assertThat(LocalTimes.instant(LocalDate.of(2016, 3, 13), LocalTime.of(2, 30), PALO_ALTO)).isEmpty();
        assertThat(LocalTimes.instant(LocalDate.of(2016, 3, 13), LocalTime.of(9, 0), PALO_ALTO))
                .contains(Instant.parse("2016-03-13T16:00:00Z"));
        assertThat(LocalTimes.instant(LocalDate.of(2016, 3, 12), LocalTime.of(9, 0), PALO_ALTO))
                .contains(Instant.parse("2016-03-12T17:00:00Z"));
    }

    @Test
    void aTimeRepeatedWhenClocksGoBackIsItsFirstOccurrence() {
        assertThat(LocalTimes.instant(LocalDate.of(2016, 11, 6), LocalTime.of(1, 30), PALO_ALTO))
                .contains(Instant.parse("2016-11-06T08:30:00Z"));
    }

    @Test
    void anActivityEndingWhenTheSundayGroupWorkStartsDoesNotOverlapItAfterTheClockChange() {
        List<ProgrammeConflict> conflicts = editor.check(paloAlto(), null, plenary("2016-03-13", "09:00", "10:00"));

        assertThat(conflicts).isEmpty();
    }

    @Test
    void anOverlappingPlenaryActivityIsNamedWithItsLocalTime() {
        List<ProgrammeConflict> conflicts = editor.check(paloAlto(), null, plenary("2016-03-13", "09:30", "10:30"));

        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.rule()).isEqualTo(ProgrammeRule.PLENARY_OVERLAP);
            assertThat(conflict.field()).isEqualTo("start");
            assertThat(conflict.arguments()).containsExactly("Travail en groupes : premiers enseignements du voyage",
                    LocalDate.of(2016, 3, 13), LocalTime.of(10, 0), LocalTime.of(12, 30), "America/Los_Angeles");
        });
    }

    @Test
    void parallelTrackActivitiesMayOverlap() {
        ActivityDetails overlapping = plenary("2016-03-13", "09:30", "10:30");
        ActivityDetails parallel = new ActivityDetails(overlapping.type(), overlapping.title(), null, overlapping.startsAt(),
                overlapping.endsAt(), null, null, Set.of(), null, "fr", false, ActivityVisibility.COHORT, true);

        assertThat(editor.check(paloAlto(), null, parallel)).isEmpty();
    }

    @Test
    void anEveningActivityOnTheLastLocalDayIsInsideTheSeminarThoughItIsTheNextDayInUtc() {
        assertThat(editor.check(paloAlto(), null, plenary("2016-03-16", "19:00", "21:00"))).isEmpty();
    }

    @Test
    void anActivityTheDayAfterTheSeminarIsOutsideIt() {
        assertThat(editor.check(paloAlto(), null, plenary("2016-03-17", "09:00", "10:00")))
                .extracting(ProgrammeConflict::rule, ProgrammeConflict::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProgrammeRule.ACTIVITY_OUTSIDE_SEMINAR, "start"));
    }

    @Test
    void anActivityEndingBeforeItStartsIsRefusedAndNothingIsStored() {
        int before = activityCount();

        assertThatThrownBy(() -> editor.createActivity(paloAlto(), plenary("2016-03-14", "15:00", "15:00")))
                .isInstanceOfSatisfying(ProgrammeRejectedException.class, rejected ->
                        assertThat(rejected.conflicts()).extracting(ProgrammeConflict::rule)
                                .containsExactly(ProgrammeRule.ACTIVITY_ENDS_BEFORE_START));
        assertThat(activityCount()).isEqualTo(before);
    }

    @Test
    void aSpeakerAlreadyHeardInPaloAltoCannotSpeakInParisAtTheSameInstant() {
        Session other = editor.createSession(new SessionDetails(90, "Session d’essai des intervenants", null,
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), SessionStatus.PLANNED, List.of()));
        Seminar paris = editor.createSeminar(other.getNumber(), new SeminarDetails(1, "Rencontre parisienne",
                LocalDate.of(2016, 3, 11), LocalDate.of(2016, 3, 11), "Paris", "FR", ZoneId.of("Europe/Paris"), false, null));
        long chris = jdbc.queryForObject("select id from person where email = 'chris.placeholder@example.org'", Long.class);
        // 18:00 in Paris is 09:00 in Palo Alto that day, when Chris speaks on venture capital.
        ActivityDetails evening = new ActivityDetails(ActivityType.EXPERT_HEARING, "Audition du soir", null,
                Instant.parse("2016-03-11T17:00:00Z"), Instant.parse("2016-03-11T18:00:00Z"), null, null, Set.of(chris),
                null, "fr", false, ActivityVisibility.COHORT, false);

        assertThat(editor.check(paris.getId(), null, evening)).singleElement().satisfies(conflict -> {
            assertThat(conflict.rule()).isEqualTo(ProgrammeRule.SPEAKER_BOOKED);
            assertThat(conflict.field()).isEqualTo("speakers");
            assertThat(conflict.arguments()).contains(LocalTime.of(9, 0), "America/Los_Angeles", "Chris Placeholder");
        });
    }

    @Test
    void anEditRaisesTheSequenceKeepsTheUidAndCancellingRaisesItAgain() {
        Activity created = editor.createActivity(paloAlto(), plenary("2016-03-14", "14:00", "15:00"));
        ActivityDetails moved = plenary("2016-03-14", "15:00", "16:00");

        Activity edited = editor.updateActivity(created.getId(), created.getVersion(), moved);
        assertThat(edited.getUid()).isEqualTo(created.getUid());
        assertThat(edited.getSequence()).isEqualTo(1);

        Activity cancelled = editor.cancelActivity(created.getId());
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.getSequence()).isEqualTo(2);
        assertThat(editor.check(paloAlto(), null, moved)).isEmpty();
    }

    @Test
    void aClonedSessionHasTheSeminarsAndActivitiesAtTheSameLocalTimesWithNewUidsAndNoSpeakers() {
        Session copy = editor.cloneSession(34, new SessionDetails(91, "Reprise de la structure", null,
                LocalDate.of(2015, 6, 15).plusWeeks(52), LocalDate.of(2016, 6, 30).plusWeeks(52), SessionStatus.PLANNED, List.of()));

        Session reloaded = editor.session(copy.getNumber());
        assertThat(reloaded.getSeminars()).hasSameSizeAs(editor.session(34).getSeminars());
        Seminar trip = reloaded.getSeminars().stream().filter(s -> s.getOrdinal() == 4).findFirst().orElseThrow();
        assertThat(trip.getStartDate()).isEqualTo(LocalDate.of(2016, 3, 10).plusWeeks(52));
        List<ScheduledActivity> timetable = editor.timetable(trip.getId());
        assertThat(timetable).first().satisfies(first -> {
            assertThat(first.start().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(first.speakers()).isEmpty();
        });
        assertThat(jdbc.queryForObject("""
                select count(*) from activity a join seminar s on s.id = a.seminar_id join session se on se.id = s.session_id
                where se.number = 91 and a.uid in (select uid from activity a2 join seminar s2 on s2.id = a2.seminar_id
                join session se2 on se2.id = s2.session_id where se2.number = 34)""", Integer.class)).isZero();
    }

    private long paloAlto() {
        return jdbc.queryForObject("""
                select s.id from seminar s join session se on se.id = s.session_id where se.number = 34 and s.ordinal = 4""", Long.class);
    }

    private int activityCount() {
        return jdbc.queryForObject("select count(*) from activity", Integer.class);
    }

    private static ActivityDetails plenary(String date, String start, String end) {
        LocalDate day = LocalDate.parse(date);
        return new ActivityDetails(ActivityType.EXPERT_HEARING, "Audition proposée", null,
                LocalTimes.instant(day, LocalTime.parse(start), PALO_ALTO).orElseThrow(),
                LocalTimes.instant(day, LocalTime.parse(end), PALO_ALTO).orElseThrow(),
                null, null, Set.of(), null, "fr", false, ActivityVisibility.COHORT, false);
    }
}
