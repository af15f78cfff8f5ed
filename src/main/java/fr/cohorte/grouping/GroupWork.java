package fr.cohorte.grouping;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;

import fr.cohorte.grouping.internal.CohortQueries;
import fr.cohorte.grouping.internal.GroupingSettingsRepository;
import fr.cohorte.grouping.internal.RoundRepository;
import fr.cohorte.grouping.internal.SolveRepository;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.Refusal;
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

    /** The refusal of a round, or a participant, that is not one of the session's. */
    public static final String ROUND_NOT_FOUND = "grouping.refused.round-not-found";
    public static final String MEMBER_NOT_FOUND = "grouping.refused.member-not-found";
    /** The refusal to change a round that is history: its position is the argument. */
    public static final String ROUND_IN_HISTORY = "grouping.round.history";
    /** The refusal to change groups or start a solve while a solve of the session runs. */
    public static final String SOLVE_RUNNING = "grouping.solve.already-running";

    static final int MAX_ROUNDS_AT_ONCE = 30;

    private final SessionCatalogue sessions;
    private final CohortQueries cohorts;
    private final RoundRepository rounds;
    private final GroupingSettingsRepository settings;
    private final SolveRepository solves;
    private final AuditTrail audit;
    private final Clock clock;

    GroupWork(SessionCatalogue sessions, CohortQueries cohorts, RoundRepository rounds, GroupingSettingsRepository settings,
              SolveRepository solves, AuditTrail audit, Clock clock) {
        this.audit = audit;
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
            throw Refusal.invalid("grouping.round.count.invalid", MAX_ROUNDS_AT_ONCE).exception();
        }
        int position = rounds.lastPosition(groups.session().getId());
        List<Round> created = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Round round = rounds.save(new Round(groups.session().getId(), position + i, sizing));
            created.add(round);
            audit.record(AuditAction.CREATED, "round:" + round.getId(), sized(
                    AuditDetail.of("audit.detail.round.created", round.getPosition(), sessionNumber), groups, null, sizing));
        }
        return created;
    }

    public void updateRound(int sessionNumber, Long roundId, RoundSizing sizing) {
        SessionGroups groups = of(sessionNumber);
        checkSizing(groups, sizing);
        Round round = editable(groups, roundId);
        RoundSizing before = sizingOf(round);
        round.plan(sizing);
        audit.record(AuditAction.UPDATED, "round:" + roundId, sized(
                AuditDetail.of("audit.detail.round.updated", round.getPosition(), sessionNumber), groups, before, sizingOf(round)));
    }

    public void deleteRound(int sessionNumber, Long roundId) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        rounds.delete(round);
        audit.record(AuditAction.DELETED, "round:" + roundId, sized(
                AuditDetail.of("audit.detail.round.deleted", round.getPosition(), sessionNumber), groups, sizingOf(round), null));
    }

    /**
     * Who is now absent, or present again, is recorded once a person: each entry names one person
     * and is about them, so that their erasure clears their name from the trail.
     */
    public void markAbsent(int sessionNumber, Long roundId, Set<Long> participantIds) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        participantIds.forEach(id -> member(groups, id));
        Set<Long> before = new HashSet<>(round.getAbsent());
        round.markAbsent(participantIds);
        participantIds.stream().filter(id -> !before.contains(id)).sorted().forEach(id -> aboutMember(groups, id,
                "audit.detail.round.absent", round.getPosition(), sessionNumber));
        before.stream().filter(id -> !participantIds.contains(id) && groups.member(id) != null).sorted().forEach(id ->
                aboutMember(groups, id, "audit.detail.round.present", round.getPosition(), sessionNumber));
    }

    public void setRooms(int sessionNumber, Long roundId, Map<Integer, String> rooms) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        rooms.forEach((group, room) -> {
            if (room != null && room.strip().length() > 100) {
                throw Refusal.invalid("grouping.room.too-long", group).exception();
            }
        });
        String before = rooms(round.getRooms());
        round.setRooms(rooms);
        audit.record(AuditAction.UPDATED, "round:" + roundId, AuditDetail.of("audit.detail.round.rooms", round.getPosition(), sessionNumber)
                .changed("audit.field.round.rooms", before, rooms(round.getRooms())));
    }

    private static String rooms(Map<Integer, String> byGroup) {
        return new TreeMap<>(byGroup).entrySet().stream().map(room -> room.getKey() + " : " + room.getValue())
                .collect(Collectors.joining(", "));
    }

    public void lock(int sessionNumber, Long roundId, Long participantId, int groupNumber) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        CohortMember member = member(groups, participantId);
        if (round.getAbsent().contains(participantId)) {
            throw Refusal.invalid("grouping.lock.absent", member.name()).exception();
        }
        int groupCount = SessionGroups.groupCount(round, groups.present(round).size());
        if (groupNumber < 1 || groupNumber > groupCount) {
            throw Refusal.invalid("grouping.lock.no-such-group", groupNumber, groupCount).exception();
        }
        Integer before = round.getLocks().get(participantId);
        round.lock(participantId, groupNumber);
        audit.record(AuditAction.UPDATED, "person:" + member.personId(), AuditDetail.of("audit.detail.round.locked",
                        member.name(), groupNumber, round.getPosition(), sessionNumber)
                .changed("audit.field.round.lockedGroup", before, groupNumber));
    }

    public void unlock(int sessionNumber, Long roundId, Long participantId) {
        SessionGroups groups = of(sessionNumber);
        Round round = editable(groups, roundId);
        Integer before = round.getLocks().get(participantId);
        round.unlock(participantId);
        if (before != null && groups.member(participantId) != null) {
            aboutMember(groups, participantId, "audit.detail.round.unlocked", before, round.getPosition(), sessionNumber);
        }
    }

    public void saveSettings(int sessionNumber, MixingWeights weights, int timeLimitSeconds) {
        if (timeLimitSeconds < 1 || timeLimitSeconds > MixingProblem.MAX_TIME_LIMIT_SECONDS) {
            throw Refusal.invalid("grouping.settings.time-limit.invalid", MixingProblem.MAX_TIME_LIMIT_SECONDS).exception();
        }
        GroupingSettings saved = settingsOf(sessionNumber);
        MixingWeights weightsBefore = saved.weights();
        int limitBefore = saved.getTimeLimitSeconds();
        saved.setWeights(weights);
        saved.setTimeLimitSeconds(timeLimitSeconds);
        audit.record(AuditAction.UPDATED, "session:" + sessionNumber, AuditDetail.of("audit.detail.grouping.settings", sessionNumber)
                .changedFields("audit.field.grouping.", weightsBefore, weights)
                .changed("audit.field.grouping.timeLimitSeconds", limitBefore, timeLimitSeconds));
    }

    /**
     * A pair is recorded as one entry for each of its two people, each naming only the person it is
     * about: the erasure of either then leaves no name of theirs in the trail.
     */
    public void keepApart(int sessionNumber, Long participantId, Long otherId) {
        SessionGroups groups = of(sessionNumber);
        member(groups, participantId);
        member(groups, otherId);
        if (participantId.equals(otherId)) {
            throw Refusal.invalid("grouping.apart.same").exception();
        }
        if (settingsOf(sessionNumber).keepApart(participantId, otherId)) {
            aboutMember(groups, participantId, "audit.detail.grouping.apart", sessionNumber);
            aboutMember(groups, otherId, "audit.detail.grouping.apart", sessionNumber);
        }
    }

    public void allowTogether(int sessionNumber, Long participantId, Long otherId) {
        GroupingSettings saved = settingsOf(sessionNumber);
        boolean wasApart = saved.getApartPairs().contains(GroupingSettings.ApartPair.of(participantId, otherId));
        saved.allowTogether(participantId, otherId);
        if (wasApart) {
            SessionGroups groups = of(sessionNumber);
            for (Long id : List.of(participantId, otherId)) {
                if (groups.member(id) != null) {
                    aboutMember(groups, id, "audit.detail.grouping.together", sessionNumber);
                }
            }
        }
    }

    /** An entry that names one member of the cohort, about that person; the first argument is their name. */
    private void aboutMember(SessionGroups groups, Long participantId, String code, Object... arguments) {
        CohortMember member = groups.member(participantId);
        Object[] all = new Object[arguments.length + 1];
        all[0] = member.name();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        audit.record(AuditAction.UPDATED, "person:" + member.personId(), AuditDetail.of(code, all));
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
            throw Refusal.conflict(GroupWork.SOLVE_RUNNING).exception();
        }
        List<Integer> accepted = new java.util.ArrayList<>();
        for (Round round : groups.planned()) {
            if (round.acceptProposal()) {
                rounds.save(round);
                accepted.add(round.getPosition());
            }
        }
        if (!accepted.isEmpty()) {
            audit.record(AuditAction.UPDATED, "session:" + sessionNumber, AuditDetail.of("audit.detail.grouping.accepted",
                    sessionNumber, accepted.size(), positions(accepted)));
        }
        return accepted.size();
    }

    /** Participants see the accepted groups of every round in their programme; returns how many rounds. */
    public int publish(int sessionNumber) {
        List<Integer> published = new java.util.ArrayList<>();
        for (Round round : of(sessionNumber).rounds()) {
            if (round.publish()) {
                rounds.save(round);
                published.add(round.getPosition());
            }
        }
        if (!published.isEmpty()) {
            audit.record(AuditAction.UPDATED, "session:" + sessionNumber, AuditDetail.of("audit.detail.grouping.published",
                    sessionNumber, published.size(), positions(published)));
        }
        return published.size();
    }

    private static String positions(List<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static RoundSizing sizingOf(Round round) {
        return new RoundSizing(round.getSeminarId(), round.getActivityId(), round.getGroupCount(), round.getMinSize(), round.getMaxSize());
    }

    /** A round's sizing before and after, the seminar and activity by their titles. */
    private static AuditDetail sized(AuditDetail detail, SessionGroups groups, RoundSizing before, RoundSizing after) {
        return detail
                .changed("audit.field.round.seminar", seminarTitle(groups, before), seminarTitle(groups, after))
                .changed("audit.field.round.activity", activityTitle(groups, before), activityTitle(groups, after))
                .changed("audit.field.round.groupCount", before == null ? null : before.groupCount(), after == null ? null : after.groupCount())
                .changed("audit.field.round.minSize", before == null ? null : before.minSize(), after == null ? null : after.minSize())
                .changed("audit.field.round.maxSize", before == null ? null : before.maxSize(), after == null ? null : after.maxSize());
    }

    private static String seminarTitle(SessionGroups groups, RoundSizing sizing) {
        return sizing == null || sizing.seminarId() == null ? null : groups.session().getSeminars().stream()
                .filter(seminar -> seminar.getId().equals(sizing.seminarId())).map(fr.cohorte.session.Seminar::getTitle)
                .findFirst().orElse(null);
    }

    private static String activityTitle(SessionGroups groups, RoundSizing sizing) {
        return sizing == null || sizing.activityId() == null ? null : groups.activities().stream()
                .filter(activity -> activity.getId().equals(sizing.activityId())).map(fr.cohorte.session.Activity::getTitle)
                .findFirst().orElse(null);
    }

    private GroupingSettings settingsOf(int sessionNumber) {
        Long sessionId = sessions.byNumber(sessionNumber).getId();
        return settings.findById(sessionId).orElseGet(() -> settings.save(new GroupingSettings(sessionId)));
    }

    /** The round, if it belongs to the session and is not history. */
    private Round editable(SessionGroups groups, Long roundId) {
        Round round = groups.round(roundId);
        if (round == null) {
            throw Refusal.notFound(GroupWork.ROUND_NOT_FOUND, roundId).exception();
        }
        if (groups.isHistory(round)) {
            throw Refusal.conflict(GroupWork.ROUND_IN_HISTORY, round.getPosition()).exception();
        }
        return rounds.findById(roundId).orElseThrow(() -> Refusal.notFound(GroupWork.ROUND_NOT_FOUND, roundId).exception());
    }

    private static CohortMember member(SessionGroups groups, Long participantId) {
        CohortMember member = participantId == null ? null : groups.member(participantId);
        if (member == null) {
            throw Refusal.invalid("grouping.participant.unknown").exception();
        }
        return member;
    }

    private static void checkSizing(SessionGroups groups, RoundSizing sizing) {
        if (sizing.seminarId() == null || groups.session().getSeminars().stream().noneMatch(s -> s.getId().equals(sizing.seminarId()))) {
            throw Refusal.invalid("grouping.round.seminar.required").exception();
        }
        if (sizing.activityId() != null && groups.activities().stream().noneMatch(a -> a.getId().equals(sizing.activityId())
                && a.getSeminar().getId().equals(sizing.seminarId()))) {
            throw Refusal.invalid("grouping.round.activity.other-seminar").exception();
        }
        if (sizing.groupCount() != null) {
            if (sizing.groupCount() < 1) {
                throw Refusal.invalid("grouping.round.groups.invalid").exception();
            }
        } else if (sizing.minSize() == null || sizing.maxSize() == null || sizing.minSize() < 1 || sizing.maxSize() < sizing.minSize()) {
            throw Refusal.invalid("grouping.round.sizing.required").exception();
        }
    }
}
