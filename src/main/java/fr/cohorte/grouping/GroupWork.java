package fr.cohorte.grouping;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cohorte.grouping.internal.CohortQueries;
import fr.cohorte.grouping.internal.GroupingSettingsRepository;
import fr.cohorte.grouping.internal.RoundRepository;
import fr.cohorte.grouping.internal.SolveRepository;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a session's working groups: plan rounds, mark absences, set rule weights and
 * never-together pairs, lock people, accept and publish plans. Every change to a round that is
 * history is refused here, in one place.
 */
@Service
@Transactional
public class GroupWork {

    static final int MAX_ROUNDS_AT_ONCE = 30;

    private final SessionCatalogue sessions;
    private final CohortQueries cohorts;
    private final RoundRepository rounds;
    private final GroupingSettingsRepository settings;
    private final SolveRepository solves;
    private final Clock clock;

    GroupWork(SessionCatalogue sessions, CohortQueries cohorts, RoundRepository rounds, GroupingSettingsRepository settings,
              SolveRepository solves, Clock clock) {
        this.sessions = sessions;
        this.cohorts = cohorts;
        this.rounds = rounds;
        this.settings = settings;
        this.solves = solves;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SessionGroups of(int sessionNumber) {
        Session session = sessions.byNumber(sessionNumber);
        session.getSeminars().forEach(seminar -> seminar.getActivities().size());
        List<Round> found = rounds.findBySessionIdOrderByPosition(session.getId());
        found.forEach(Round::load);
        return new SessionGroups(session, cohorts.cohort(session.getId()), found,
                settings.findById(session.getId()).orElseGet(() -> new GroupingSettings(session.getId())), clock.instant());
    }

    /** Creates {@code count} rounds alike, after the session's last round. */
    public List<Round> createRounds(int sessionNumber, RoundSizing sizing, int count) {
        SessionGroups groups = of(sessionNumber);
        checkSizing(groups, sizing);
        if (count < 1 || count > MAX_ROUNDS_AT_ONCE) {
            throw new GroupWorkRefusedException("grouping.round.count.invalid", MAX_ROUNDS_AT_ONCE);
        }
        int position = rounds.lastPosition(groups.session().getId());
        List<Round> created = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            created.add(rounds.save(new Round(groups.session().getId(), position + i, sizing)));
        }
        return created;
    }

    public void updateRound(int sessionNumber, Long roundId, RoundSizing sizing) {
        SessionGroups groups = of(sessionNumber);
        checkSizing(groups, sizing);
        editable(groups, roundId).plan(sizing);
    }

    public void deleteRound(int sessionNumber, Long roundId) {
        rounds.delete(editable(of(sessionNumber), roundId));
    }

    public void markAbsent(int sessionNumber, Long roundId, Set<Long> participantIds) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        participantIds.forEach(id -> member(groups, id));
        round.markAbsent(participantIds);
    }

    public void setRooms(int sessionNumber, Long roundId, Map<Integer, String> rooms) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        rooms.forEach((group, room) -> {
            if (room != null && room.strip().length() > 100) {
                throw new GroupWorkRefusedException("grouping.room.too-long", group);
            }
        });
        round.setRooms(rooms);
    }

    public void lock(int sessionNumber, Long roundId, Long participantId, int groupNumber) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        CohortMember member = member(groups, participantId);
        if (round.getAbsent().contains(participantId)) {
            throw new GroupWorkRefusedException("grouping.lock.absent", member.name());
        }
        int groupCount = SessionGroups.groupCount(round, groups.present(round).size());
        if (groupNumber < 1 || groupNumber > groupCount) {
            throw new GroupWorkRefusedException("grouping.lock.no-such-group", groupNumber, groupCount);
        }
        round.lock(participantId, groupNumber);
    }

    public void unlock(int sessionNumber, Long roundId, Long participantId) {
        editable(of(sessionNumber), roundId).unlock(participantId);
    }

    public void saveSettings(int sessionNumber, MixingWeights weights, int timeLimitSeconds) {
        if (timeLimitSeconds < 1 || timeLimitSeconds > MixingProblem.MAX_TIME_LIMIT_SECONDS) {
            throw new GroupWorkRefusedException("grouping.settings.time-limit.invalid", MixingProblem.MAX_TIME_LIMIT_SECONDS);
        }
        GroupingSettings saved = settingsOf(sessionNumber);
        saved.setWeights(weights);
        saved.setTimeLimitSeconds(timeLimitSeconds);
    }

    public void keepApart(int sessionNumber, Long participantId, Long otherId) {
        SessionGroups groups = of(sessionNumber);
        member(groups, participantId);
        member(groups, otherId);
        if (participantId.equals(otherId)) {
            throw new GroupWorkRefusedException("grouping.apart.same");
        }
        settingsOf(sessionNumber).keepApart(participantId, otherId);
    }

    public void allowTogether(int sessionNumber, Long participantId, Long otherId) {
        settingsOf(sessionNumber).allowTogether(participantId, otherId);
    }

    /** Stores the solver's plan as the proposal of each planned round, in plan order; history is never touched. */
    public void propose(int sessionNumber, List<Long> roundIds, List<Map<Long, Integer>> plan) {
        SessionGroups groups = of(sessionNumber);
        for (int i = 0; i < roundIds.size(); i++) {
            Round round = groups.round(roundIds.get(i));
            if (round != null && !groups.isHistory(round)) {
                round.propose(plan.get(i));
                rounds.save(round);
            }
        }
    }

    /**
     * The proposed groups become the rounds' groups; returns how many rounds changed. Refused while a
     * solve of the session runs, on this node or another (its record says so): the proposal is about
     * to be replaced, and accepting it would fix groups nobody chose.
     */
    public int accept(int sessionNumber) {
        SessionGroups groups = of(sessionNumber);
        if (solves.findById(groups.session().getId()).filter(solve -> solve.getState() == Solve.State.SOLVING).isPresent()) {
            throw new GroupWorkRefusedException("grouping.solve.already-running");
        }
        int accepted = 0;
        for (Round round : groups.planned()) {
            if (round.acceptProposal()) {
                rounds.save(round);
                accepted++;
            }
        }
        return accepted;
    }

    /** Participants see the accepted groups of every round in their programme; returns how many rounds. */
    public int publish(int sessionNumber) {
        int published = 0;
        for (Round round : of(sessionNumber).rounds()) {
            if (round.publish()) {
                rounds.save(round);
                published++;
            }
        }
        return published;
    }

    private GroupingSettings settingsOf(int sessionNumber) {
        Long sessionId = sessions.byNumber(sessionNumber).getId();
        return settings.findById(sessionId).orElseGet(() -> settings.save(new GroupingSettings(sessionId)));
    }

    /** The round, if it belongs to the session and is not history. */
    private Round editable(SessionGroups groups, Long roundId) {
        Round round = groups.round(roundId);
        if (round == null) {
            throw new RoundNotFoundException(roundId);
        }
        if (groups.isHistory(round)) {
            throw new GroupWorkRefusedException("grouping.round.history", round.getPosition());
        }
        return rounds.findById(roundId).orElseThrow(() -> new RoundNotFoundException(roundId));
    }

    private static CohortMember member(SessionGroups groups, Long participantId) {
        CohortMember member = participantId == null ? null : groups.member(participantId);
        if (member == null) {
            throw new GroupWorkRefusedException("grouping.participant.unknown");
        }
        return member;
    }

    private static void checkSizing(SessionGroups groups, RoundSizing sizing) {
        if (sizing.seminarId() == null || groups.session().getSeminars().stream().noneMatch(s -> s.getId().equals(sizing.seminarId()))) {
            throw new GroupWorkRefusedException("grouping.round.seminar.required");
        }
        if (sizing.activityId() != null && groups.activities().stream().noneMatch(a -> a.getId().equals(sizing.activityId())
                && a.getSeminar().getId().equals(sizing.seminarId()))) {
            throw new GroupWorkRefusedException("grouping.round.activity.other-seminar");
        }
        if (sizing.groupCount() != null) {
            if (sizing.groupCount() < 1) {
                throw new GroupWorkRefusedException("grouping.round.groups.invalid");
            }
        } else if (sizing.minSize() == null || sizing.maxSize() == null || sizing.minSize() < 1 || sizing.maxSize() < sizing.minSize()) {
            throw new GroupWorkRefusedException("grouping.round.sizing.required");
        }
    }
}
