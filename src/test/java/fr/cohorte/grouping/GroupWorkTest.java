package fr.cohorte.grouping;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.cohorte.session.ActivityType;
import fr.cohorte.session.PersonalProgrammeNotes;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of persisted rounds, on the demo cohort: history never changes, absent people are not
 * placed, locks are honoured, "change as little as possible" keeps people where they were, and a
 * participant's programme shows their group only once published.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class GroupWorkTest {

    private static final int SESSION = 34;

    @Autowired
    GroupWork work;

    @Autowired
    SessionCatalogue sessions;

    @Autowired
    List<PersonalProgrammeNotes> notes;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetRounds() {
        jdbc.update("delete from work_round");
        jdbc.update("delete from grouping_settings");
        jdbc.update("delete from seminar where ordinal = 99");
    }

    @Test
    void aHeldRoundWithAcceptedGroupsIsHistoryAndNeverChanges() {
        Round round = work.createRounds(SESSION, sizing(6), 1).getFirst();
        solveAndAccept();
        SessionGroups groups = work.of(SESSION);
        Round held = groups.round(round.getId());
        Map<Long, Integer> before = held.getMembers();
        Long someone = groups.cohort().getFirst().participantId();

        assertThat(groups.isHistory(held)).as("the demo seminars ended in 2015-2016").isTrue();
        assertThatThrownBy(() -> work.markAbsent(SESSION, round.getId(), Set.of(someone)))
                .hasFieldOrPropertyWithValue("refusal.code", "grouping.round.history");
        assertThatThrownBy(() -> work.lock(SESSION, round.getId(), someone, 1))
                .hasFieldOrPropertyWithValue("refusal.code", "grouping.round.history");
        assertThatThrownBy(() -> work.deleteRound(SESSION, round.getId()))
                .hasFieldOrPropertyWithValue("refusal.code", "grouping.round.history");
        work.propose(SESSION, List.of(round.getId()), List.of(Map.of(someone, 2)));
        assertThat(work.of(SESSION).round(round.getId()).getMembers()).isEqualTo(before);
        assertThat(work.of(SESSION).planned()).isEmpty();
    }

    @Test
    void laterRoundsCountHistoryAsMeetingsAlreadyHeld() {
        work.createRounds(SESSION, sizing(6), 1);
        solveAndAccept();
        work.createRounds(SESSION, sizing(6), 1);

        MixingRequest request = work.of(SESSION).solveRequest(false, 1);

        assertThat(request.history()).hasSize(1);
        assertThat(request.history().getFirst()).hasSize(6);
        assertThat(request.rounds()).hasSize(1);
    }

    @Test
    void absentPeopleAreNotPlaced() {
        Round round = work.createRounds(SESSION, sizing(5), 1).getFirst();
        List<CohortMember> cohort = work.of(SESSION).cohort();
        Set<Long> absent = Set.of(cohort.get(0).participantId(), cohort.get(7).participantId(), cohort.get(15).participantId());
        work.markAbsent(SESSION, round.getId(), absent);

        solve(false);

        Map<Long, Integer> proposal = work.of(SESSION).round(round.getId()).getProposal();
        assertThat(proposal).hasSize(cohort.size() - 3).doesNotContainKeys(absent.toArray(Long[]::new));
        assertThat(new HashSet<>(proposal.values())).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void lockedPeopleStayInTheirGroup() {
        List<Round> rounds = work.createRounds(SESSION, sizing(6), 3);
        List<CohortMember> cohort = work.of(SESSION).cohort();
        Long first = cohort.get(2).participantId();
        Long second = cohort.get(3).participantId();
        work.lock(SESSION, rounds.get(1).getId(), first, 4);
        work.lock(SESSION, rounds.get(1).getId(), second, 4);

        solve(false);

        Map<Long, Integer> proposal = work.of(SESSION).round(rounds.get(1).getId()).getProposal();
        assertThat(proposal).containsEntry(first, 4).containsEntry(second, 4);
    }

    @Test
    void lockingIntoAGroupTheRoundDoesNotHaveIsRefused() {
        Round round = work.createRounds(SESSION, sizing(6), 1).getFirst();
        Long someone = work.of(SESSION).cohort().getFirst().participantId();

        assertThatThrownBy(() -> work.lock(SESSION, round.getId(), someone, 7))
                .hasFieldOrPropertyWithValue("refusal.code", "grouping.lock.no-such-group");
    }

    @Test
    void changingAsLittleAsPossibleKeepsEverybodyElseWhereTheyWere() {
        Round round = work.createRounds(SESSION, new RoundSizing(futureSeminar(), null, 6, null, null), 1).getFirst();
        solveAndAccept();
        Map<Long, Integer> before = work.of(SESSION).round(round.getId()).getMembers();
        Long leaving = before.keySet().stream().sorted().findFirst().orElseThrow();
        work.markAbsent(SESSION, round.getId(), Set.of(leaving));

        solve(true);

        Map<Long, Integer> after = work.of(SESSION).round(round.getId()).getProposal();
        Map<Long, Integer> stayed = new HashMap<>(before);
        stayed.remove(leaving);
        assertThat(after).isEqualTo(stayed);
    }

    /** A seminar still to come, so that its rounds are not history once accepted. */
    private Long futureSeminar() {
        jdbc.update("""
                insert into seminar (session_id, ordinal, title, start_date, end_date, city, country, time_zone)
                values ((select id from session where number = 34), 99, 'Rencontre à venir', date '2099-03-01', date '2099-03-05',
                        'Lyon', 'FR', 'Europe/Paris')""");
        return jdbc.queryForObject("select id from seminar where ordinal = 99", Long.class);
    }

    @Test
    void aParticipantSeesTheirGroupAndRoomOnlyOncePublished() {
        SessionGroups planning = work.of(SESSION);
        Seminar seminar = planning.session().getSeminars().getFirst();
        Long activityId = planning.activities().stream()
                .filter(a -> a.getType() == ActivityType.GROUP_WORK && a.getSeminar().getId().equals(seminar.getId()))
                .findFirst().orElseThrow().getId();
        Round round = work.createRounds(SESSION, new RoundSizing(seminar.getId(), activityId, 6, null, null), 1).getFirst();
        solveAndAccept();
        SessionGroups groups = work.of(SESSION);
        CohortMember member = groups.cohort().getFirst();
        int group = groups.round(round.getId()).getMembers().get(member.participantId());
        long sessionId = groups.session().getId();

        assertThat(notesOf(sessionId, member.personId(), Locale.FRENCH)).doesNotContainKey(activityId);

        jdbc.update("insert into work_round_room (round_id, group_number, room) values (?, ?, 'B12')", round.getId(), group);
        work.publish(SESSION);

        assertThat(notesOf(sessionId, member.personId(), Locale.FRENCH)).containsEntry(activityId, "Tour " + round.getPosition() + " : groupe " + group + " — salle B12");
        assertThat(notesOf(sessionId, member.personId(), Locale.ENGLISH)).containsEntry(activityId, "Round " + round.getPosition() + ": group " + group + " — room B12");
    }

    private Map<Long, String> notesOf(long sessionId, long personId, Locale locale) {
        Map<Long, String> all = new HashMap<>();
        notes.forEach(source -> all.putAll(source.notesFor(sessionId, personId, locale)));
        return all;
    }

    private void solve(boolean changeLittle) {
        SolvingByHand.solve(work, SESSION, changeLittle);
    }

    private void solveAndAccept() {
        solve(false);
        work.accept(SESSION);
    }

    private RoundSizing sizing(int groups) {
        return new RoundSizing(sessions.byNumber(SESSION).getSeminars().getFirst().getId(), null, groups, null, null);
    }
}
