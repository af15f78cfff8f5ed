package fr.cohorte.grouping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cohorte.grouping.internal.MixingState;
import fr.cohorte.session.Activity;
import fr.cohorte.session.Seminar;
import fr.cohorte.session.Session;

/**
 * A session's rounds of group work as they stand at one moment: which are history (held, with
 * their groups), which are still to plan, and what the solver is asked for them.
 */
public final class SessionGroups {

    private final Session session;
    private final List<CohortMember> cohort;
    private final Map<Long, CohortMember> members;
    private final List<Round> rounds;
    private final GroupingSettings settings;
    private final Map<Long, Seminar> seminars;
    private final Map<Long, Activity> activities;
    private final Instant now;

    public SessionGroups(Session session, List<CohortMember> cohort, List<Round> rounds, GroupingSettings settings, Instant now) {
        this.session = session;
        this.cohort = List.copyOf(cohort);
        this.members = cohort.stream().collect(Collectors.toMap(CohortMember::participantId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        this.rounds = List.copyOf(rounds);
        this.settings = settings;
        this.seminars = session.getSeminars().stream().collect(Collectors.toMap(Seminar::getId, Function.identity()));
        this.activities = new HashMap<>();
        session.getSeminars().forEach(seminar -> seminar.getActivities().forEach(a -> activities.put(a.getId(), a)));
        this.now = now;
    }

    public Session session() {
        return session;
    }

    public List<CohortMember> cohort() {
        return cohort;
    }

    public CohortMember member(Long participantId) {
        return members.get(participantId);
    }

    public List<Round> rounds() {
        return rounds;
    }

    public GroupingSettings settings() {
        return settings;
    }

    public Seminar seminarOf(Round round) {
        return seminars.get(round.getSeminarId());
    }

    public Activity activityOf(Round round) {
        return round.getActivityId() == null ? null : activities.get(round.getActivityId());
    }

    /** The activities of the session in which group work can be held, seminar by seminar. */
    public List<Activity> activities() {
        return session.getSeminars().stream().flatMap(s -> s.getActivities().stream()).toList();
    }

    /** When the round is over: the end of its activity, else the end of its seminar's last day. */
    public Instant endOf(Round round) {
        Activity activity = activityOf(round);
        if (activity != null) {
            return activity.getEndsAt();
        }
        Seminar seminar = seminarOf(round);
        return seminar.getEndDate().plusDays(1).atStartOfDay(seminar.getTimeZone()).toInstant();
    }

    /**
     * A round is history once it is over and its groups were accepted: those groups are meetings
     * that took place, counted for later rounds and never changed. A past round without accepted
     * groups can still be planned, to record groups formed on paper.
     */
    public boolean isHistory(Round round) {
        return round.isAccepted() && !endOf(round).isAfter(now);
    }

    public List<Round> history() {
        return rounds.stream().filter(this::isHistory).toList();
    }

    /** The rounds the solver plans: all those that are not history. */
    public List<Round> planned() {
        return rounds.stream().filter(round -> !isHistory(round)).toList();
    }

    /** Whether a planned round has a proposal staff could accept. */
    public boolean hasProposalToAccept() {
        return planned().stream().anyMatch(Round::hasProposal);
    }

    /** Whether a round has accepted groups that participants do not see yet. */
    public boolean hasGroupsToPublish() {
        return rounds.stream().anyMatch(round -> round.isAccepted() && !round.isPublished());
    }

    public Round round(Long id) {
        return rounds.stream().filter(round -> round.getId().equals(id)).findFirst().orElse(null);
    }

    /** Present participants of a round, in cohort order. */
    public List<CohortMember> present(Round round) {
        return cohort.stream().filter(m -> !round.getAbsent().contains(m.participantId())).toList();
    }

    /**
     * What the solver is asked: the planned rounds, the history, staff locks and never-together
     * pairs. With {@code changeLittle}, everybody present keeps the group they have in the round's
     * current plan, as far as the new sizes allow: only newcomers and people moved out of groups
     * that became too large are placed again.
     */
    public MixingRequest solveRequest(boolean changeLittle, long seed) {
        List<MixingRequest.ParticipantEntry> participants = cohort.stream()
                .map(m -> new MixingRequest.ParticipantEntry(String.valueOf(m.participantId()), m.background().getCode(),
                        m.gender(), m.organisationId() == null ? null : String.valueOf(m.organisationId())))
                .toList();
        List<List<List<String>>> history = history().stream().map(round -> Round.byGroup(round.getMembers()).stream()
                .map(group -> group.stream().filter(members::containsKey).map(String::valueOf).toList()).toList()).toList();
        List<Round> planned = planned();
        List<MixingRequest.RoundEntry> entries = new ArrayList<>();
        List<MixingRequest.LockEntry> locks = new ArrayList<>();
        for (int r = 0; r < planned.size(); r++) {
            Round round = planned.get(r);
            entries.add(new MixingRequest.RoundEntry(round.getGroupCount(), round.getMinSize(), round.getMaxSize(),
                    round.getAbsent().stream().filter(members::containsKey).sorted().map(String::valueOf).toList()));
            Map<Long, Integer> placed = new HashMap<>(presentLocks(round));
            if (changeLittle) {
                placed.putAll(kept(round, placed));
            }
            int index = r;
            placed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(lock ->
                    locks.add(new MixingRequest.LockEntry(index, String.valueOf(lock.getKey()), lock.getValue() - 1)));
        }
        List<List<String>> apart = settings.getApartPairs().stream()
                .filter(pair -> members.containsKey(pair.participantId()) && members.containsKey(pair.otherId()))
                .map(pair -> List.of(String.valueOf(pair.participantId()), String.valueOf(pair.otherId()))).toList();
        return new MixingRequest(participants, entries, history, locks, apart, settings.getTimeLimitSeconds(), seed,
                settings.weights());
    }

    private Map<Long, Integer> presentLocks(Round round) {
        Map<Long, Integer> locks = new HashMap<>();
        round.getLocks().forEach((participant, group) -> {
            if (members.containsKey(participant) && !round.getAbsent().contains(participant)) {
                locks.put(participant, group);
            }
        });
        return locks;
    }

    /**
     * Who keeps their group when re-planning with as few changes as possible. Group sizes are
     * balanced: the groups that keep the most people get the larger sizes, and a group keeps no more
     * people than its size leaves after staff locks.
     */
    private Map<Long, Integer> kept(Round round, Map<Long, Integer> staffLocks) {
        int present = present(round).size();
        int groupCount = groupCount(round, present);
        if (groupCount < 1 || present < groupCount) {
            return Map.of();
        }
        int[] locked = new int[groupCount];
        staffLocks.values().forEach(g -> {
            if (g <= groupCount) {
                locked[g - 1]++;
            }
        });
        List<List<Long>> candidates = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            candidates.add(new ArrayList<>());
        }
        round.currentGroups().forEach((participant, group) -> {
            if (group <= groupCount && members.containsKey(participant) && !round.getAbsent().contains(participant)
                    && !staffLocks.containsKey(participant)) {
                candidates.get(group - 1).add(participant);
            }
        });
        Integer[] order = new Integer[groupCount];
        Arrays.setAll(order, g -> g);
        Arrays.sort(order, Comparator.comparingInt((Integer g) -> -(locked[g] + candidates.get(g).size())).thenComparingInt(g -> g));
        Map<Long, Integer> kept = new HashMap<>();
        for (int rank = 0; rank < groupCount; rank++) {
            int g = order[rank];
            int size = present / groupCount + (rank < present % groupCount ? 1 : 0);
            List<Long> stay = candidates.get(g);
            stay.sort(Long::compare);
            stay.stream().limit(Math.max(0, size - locked[g])).forEach(participant -> kept.put(participant, g + 1));
        }
        return kept;
    }

    /** The number of groups a round has with this many people present, as the solver counts it. */
    static int groupCount(Round round, int present) {
        if (round.getGroupCount() != null) {
            return round.getGroupCount();
        }
        return Math.max(1, (present + round.getMaxSize() - 1) / round.getMaxSize());
    }

    /**
     * The plan on screen, as the solver's figures and explanations see it: the history, then every
     * planned round that has groups (proposed or accepted). Null when no planned round has groups.
     */
    public Review review() {
        List<Round> shown = planned().stream().filter(round -> !round.currentGroups().isEmpty()).toList();
        if (shown.isEmpty() && history().isEmpty()) {
            return null;
        }
        List<Round> timeline = new ArrayList<>(history());
        timeline.addAll(shown);
        List<MixingRequest.ParticipantEntry> participants = cohort.stream()
                .map(m -> new MixingRequest.ParticipantEntry(String.valueOf(m.participantId()), m.background().getCode(),
                        m.gender(), m.organisationId() == null ? null : String.valueOf(m.organisationId())))
                .toList();
        List<MixingRequest.RoundEntry> entries = new ArrayList<>();
        List<int[][]> groups = new ArrayList<>();
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < cohort.size(); i++) {
            number.put(String.valueOf(cohort.get(i).participantId()), i);
        }
        for (Round round : timeline) {
            List<List<Long>> byGroup = Round.byGroup(round.currentGroups()).stream()
                    .map(group -> group.stream().filter(members::containsKey).toList()).filter(group -> !group.isEmpty()).toList();
            List<String> placed = byGroup.stream().flatMap(List::stream).map(String::valueOf).toList();
            List<String> absent = participants.stream().map(MixingRequest.ParticipantEntry::id).filter(id -> !placed.contains(id)).toList();
            entries.add(new MixingRequest.RoundEntry(byGroup.size(), null, null, absent));
            groups.add(byGroup.stream().map(group -> group.stream().mapToInt(id -> number.get(String.valueOf(id))).toArray())
                    .toArray(int[][]::new));
        }
        if (participants.size() < 2 || groups.stream().anyMatch(round -> round.length == 0)) {
            return null;
        }
        MixingProblem problem = MixingProblem.of(new MixingRequest(participants, entries, List.of(), List.of(), List.of(), null, null,
                settings.weights()));
        MixingPlan plan = new MixingPlan(groups);
        MixingState state = new MixingState(problem);
        state.load(plan);
        Map<MixingRule, Double> ruleMeasures = new EnumMap<>(MixingRule.class);
        for (MixingRule rule : MixingRule.values()) {
            if (!rule.isHard()) {
                ruleMeasures.put(rule, state.penaltyOf(rule));
            }
        }
        return new Review(timeline, problem, plan, MixingMetrics.of(problem, plan), ruleMeasures, new MixingExplanations(problem, plan));
    }

    /**
     * A plan with its figures, each soft rule's measure in its own unit (as the solver weighs it) and
     * explanations; {@code rounds} are the timeline's rounds, in plan order.
     */
    public record Review(List<Round> rounds, MixingProblem problem, MixingPlan plan, MixingMetrics metrics,
                         Map<MixingRule, Double> ruleMeasures, MixingExplanations explanations) {

        public int indexOf(Round round) {
            for (int i = 0; i < rounds.size(); i++) {
                if (Objects.equals(rounds.get(i).getId(), round.getId())) {
                    return i;
                }
            }
            return -1;
        }
    }
}
