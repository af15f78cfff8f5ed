package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Working groups for every planned round, as participant numbers of a {@link MixingProblem}:
 * {@code rounds().get(r)[g]} are the members of group g in round r.
 */
public record MixingPlan(List<int[][]> rounds) {

    public MixingPlan {
        rounds = List.copyOf(rounds);
    }

    /** The groups with participant ids, as the API answers them. */
    public List<List<List<String>>> withIds(MixingProblem problem) {
        List<List<List<String>>> named = new ArrayList<>();
        for (int[][] round : rounds) {
            List<List<String>> groups = new ArrayList<>();
            for (int[] group : round) {
                groups.add(Arrays.stream(group).mapToObj(problem::idOf).toList());
            }
            named.add(groups);
        }
        return named;
    }

    /**
     * Every round held or planned, history first: the timeline in which meetings are counted.
     */
    public List<int[][]> timeline(MixingProblem problem) {
        List<int[][]> all = new ArrayList<>(problem.history());
        all.addAll(rounds);
        return all;
    }

    /** meetings[a][b]: the rounds, history included, in which a and b share a group. */
    public int[][] meetings(MixingProblem problem) {
        int n = problem.participantCount();
        int[][] meetings = new int[n][n];
        for (int[][] round : timeline(problem)) {
            for (int[] group : round) {
                for (int i = 0; i < group.length; i++) {
                    for (int j = i + 1; j < group.length; j++) {
                        meetings[group[i]][group[j]]++;
                        meetings[group[j]][group[i]]++;
                    }
                }
            }
        }
        return meetings;
    }
}
