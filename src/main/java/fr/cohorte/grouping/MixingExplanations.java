package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a plan looks the way it does, in the words of the rules: for a group, its mix of horizons
 * and who in it has met before and when; for a person, everyone they meet and how often. Rounds
 * are counted history first, then the planned rounds.
 */
public final class MixingExplanations {

    /** A round of the timeline: a past one (index in the history) or a planned one (index in the plan). */
    public record RoundReference(boolean history, int index) {
    }

    /** Two members of a group who already shared a group in earlier rounds. */
    public record EarlierMeeting(String participant, String other, List<RoundReference> rounds) {
    }

    /** A planned group: members, how many of each horizon, and the pairs that have met before. */
    public record GroupExplanation(int round, int group, List<String> members, Map<String, Integer> horizonMix,
                                   List<EarlierMeeting> metBefore) {
    }

    /** Somebody a person shares a group with, how many times, and in which rounds. */
    public record Encounter(String other, int times, List<RoundReference> rounds) {
    }

    /** Everyone a person meets over the timeline, most frequent first. */
    public record PersonExplanation(String participant, int distinctPeopleMet, List<Encounter> encounters) {
    }

    private final MixingProblem problem;
    private final MixingPlan plan;
    private final List<int[][]> timeline;
    /** groupIn[t][p]: p's group in round t of the timeline, or -1. */
    private final int[][] groupIn;

    public MixingExplanations(MixingProblem problem, MixingPlan plan) {
        this.problem = problem;
        this.plan = plan;
        this.timeline = plan.timeline(problem);
        this.groupIn = new int[timeline.size()][problem.participantCount()];
        for (int t = 0; t < timeline.size(); t++) {
            java.util.Arrays.fill(groupIn[t], -1);
            int[][] groups = timeline.get(t);
            for (int g = 0; g < groups.length; g++) {
                for (int member : groups[g]) {
                    groupIn[t][member] = g;
                }
            }
        }
    }

    public GroupExplanation group(int round, int group) {
        int[] members = plan.rounds().get(round)[group];
        Map<String, Integer> mix = new TreeMap<>();
        for (int member : members) {
            mix.merge(problem.horizons().get(problem.horizonOf(member)), 1, Integer::sum);
        }
        int now = problem.history().size() + round;
        List<EarlierMeeting> metBefore = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                List<RoundReference> earlier = sharedRounds(members[i], members[j], now);
                if (!earlier.isEmpty()) {
                    metBefore.add(new EarlierMeeting(problem.idOf(members[i]), problem.idOf(members[j]), earlier));
                }
            }
        }
        return new GroupExplanation(round, group, java.util.Arrays.stream(members).mapToObj(problem::idOf).toList(),
                mix, metBefore);
    }

    /** Everyone the participant with this id meets; throws if the id is unknown. */
    public PersonExplanation person(String id) {
        int person = problem.ids().indexOf(id);
        if (person < 0) {
            throw new IllegalArgumentException("'" + id + "' is not one of the participants");
        }
        List<Encounter> encounters = new ArrayList<>();
        for (int other = 0; other < problem.participantCount(); other++) {
            List<RoundReference> shared = other == person ? List.of() : sharedRounds(person, other, timeline.size());
            if (!shared.isEmpty()) {
                encounters.add(new Encounter(problem.idOf(other), shared.size(), shared));
            }
        }
        encounters.sort(Comparator.comparingInt(Encounter::times).reversed().thenComparing(Encounter::other));
        return new PersonExplanation(id, encounters.size(), encounters);
    }

    private List<RoundReference> sharedRounds(int a, int b, int before) {
        List<RoundReference> rounds = new ArrayList<>();
        int historySize = problem.history().size();
        for (int t = 0; t < before; t++) {
            if (groupIn[t][a] >= 0 && groupIn[t][a] == groupIn[t][b]) {
                rounds.add(t < historySize ? new RoundReference(true, t) : new RoundReference(false, t - historySize));
            }
        }
        return rounds;
    }
}
