package fr.cohorte.grouping.internal;

import java.util.Arrays;

import fr.cohorte.grouping.MixingProblem;

/**
 * Who sits in which group of every planned round: the plan the rules' tallies count. Groups keep
 * their members in the first {@link #memberCount} places of an array sized for the group, so that
 * moving somebody allocates nothing.
 */
final class Seating {

    /** [round][person]: the person's group, or -1 while they sit nowhere (absent, or between leaving and joining). */
    final int[][] groupOf;
    /** [round][group]: the members, in the first {@link #memberCount} places. */
    final int[][][] members;
    final int[][] memberCount;

    Seating(MixingProblem problem) {
        int rounds = problem.rounds().size();
        this.groupOf = new int[rounds][problem.participantCount()];
        this.members = new int[rounds][][];
        this.memberCount = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
            int[] sizes = problem.rounds().get(r).groupSizes();
            Arrays.fill(groupOf[r], -1);
            members[r] = new int[sizes.length][];
            for (int g = 0; g < sizes.length; g++) {
                members[r][g] = new int[sizes[g] + 1];
            }
            memberCount[r] = new int[sizes.length];
        }
    }

    /** p joins group g of round r, as its last member. */
    void seat(int r, int p, int g) {
        int size = memberCount[r][g];
        members[r][g][size] = p;
        memberCount[r][g] = size + 1;
        groupOf[r][p] = g;
    }

    /** p leaves their group of round r, whose last member takes p's place; returns that group. */
    int unseat(int r, int p) {
        int g = groupOf[r][p];
        int[] group = members[r][g];
        int size = memberCount[r][g];
        int at = 0;
        while (group[at] != p) {
            at++;
        }
        group[at] = group[size - 1];
        memberCount[r][g] = size - 1;
        groupOf[r][p] = -1;
        return g;
    }
}
