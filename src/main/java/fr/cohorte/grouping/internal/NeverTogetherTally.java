package fr.cohorte.grouping.internal;

import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRule;

/** {@link MixingRule#NEVER_TOGETHER}: pairs staff declared in conflict sharing a group, over every round. */
final class NeverTogetherTally extends RuleTally {

    private final boolean[][] apart;
    /** Without such pairs, nothing is counted and swaps are priced at nothing without looking. */
    private final boolean anyApart;
    private long pairs;

    NeverTogetherTally(MixingProblem problem, Seating seating) {
        super(seating);
        int n = problem.participantCount();
        this.apart = new boolean[n][n];
        for (int[] pair : problem.apartPairs()) {
            apart[pair[0]][pair[1]] = true;
            apart[pair[1]][pair[0]] = true;
        }
        this.anyApart = !problem.apartPairs().isEmpty();
    }

    @Override
    public MixingRule rule() {
        return MixingRule.NEVER_TOGETHER;
    }

    @Override
    public double penalty() {
        return pairs;
    }

    @Override
    public long total() {
        return pairs;
    }

    /** Whether a and b must never share a group. */
    boolean apart(int a, int b) {
        return apart[a][b];
    }

    /** How many of p's never-together partners are in group g of round r (p aside). */
    int partnersIn(int r, int p, int g) {
        return anyApart ? partnersAmong(r, g, p, p) : 0;
    }

    /** Whether p shares their group of round r with somebody they must never be with. */
    boolean inConflict(int r, int p) {
        return anyApart && partnersAmong(r, seating.groupOf[r][p], p, p) > 0;
    }

    @Override
    long priceSwap(int r, int p, int gp, int q, int gq) {
        if (!anyApart) {
            return 0;
        }
        return partnersAmong(r, gp, q, p) - partnersAmong(r, gp, p, p) + partnersAmong(r, gq, p, q) - partnersAmong(r, gq, q, q);
    }

    @Override
    void joined(int r, int g, int p) {
        if (anyApart) {
            pairs += partnersAmong(r, g, p, p);
        }
    }

    @Override
    void left(int r, int g, int p) {
        if (anyApart) {
            pairs -= partnersAmong(r, g, p, p);
        }
    }

    /** How many members of group g of round r, {@code aside} excepted, must never be with p. */
    private int partnersAmong(int r, int g, int p, int aside) {
        int[] group = seating.members[r][g];
        int count = 0;
        for (int i = 0; i < seating.memberCount[r][g]; i++) {
            int other = group[i];
            if (other != aside && apart[p][other]) {
                count++;
            }
        }
        return count;
    }
}
