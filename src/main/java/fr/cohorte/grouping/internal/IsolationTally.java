package fr.cohorte.grouping.internal;

import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRule;

/**
 * {@link MixingRule#NOBODY_ISOLATED}: in every group of three or more, the people alone of their
 * gender, plus one when the others all share a single horizon that is not theirs. It reads the
 * counts the tallies of horizon mix and gender balance keep, so it is told of a move after them.
 */
final class IsolationTally extends RuleTally {

    private final ShareDistanceTally horizons;
    private final ShareDistanceTally genders;
    private final int[] horizonOf;
    private final int[] genderOf;
    /** [round][group]: isolated people in that group. */
    private final long[][] isolated;
    private long people;

    IsolationTally(MixingProblem problem, Seating seating, ShareDistanceTally horizons, ShareDistanceTally genders) {
        super(seating);
        this.horizons = horizons;
        this.genders = genders;
        int n = problem.participantCount();
        this.horizonOf = new int[n];
        this.genderOf = new int[n];
        for (int p = 0; p < n; p++) {
            horizonOf[p] = problem.horizonOf(p);
            genderOf[p] = problem.genderOf(p);
        }
        int rounds = problem.rounds().size();
        this.isolated = new long[rounds][];
        for (int r = 0; r < rounds; r++) {
            isolated[r] = new long[problem.rounds().get(r).groupCount()];
        }
    }

    @Override
    public MixingRule rule() {
        return MixingRule.NOBODY_ISOLATED;
    }

    @Override
    public double penalty() {
        return people;
    }

    @Override
    public long total() {
        return people;
    }

    /** Found by trading the two people's counts, counting, and trading them back. */
    @Override
    long priceSwap(int r, int p, int gp, int q, int gq) {
        int hp = horizonOf[p];
        int hq = horizonOf[q];
        int sp = genderOf[p];
        int sq = genderOf[q];
        if (hp == hq && sp == sq) {
            return 0;
        }
        tradeCounts(r, gp, gq, hp, hq, sp, sq);
        long after = isolatedIn(r, gp) + isolatedIn(r, gq);
        tradeCounts(r, gq, gp, hp, hq, sp, sq);
        return after - isolated[r][gp] - isolated[r][gq];
    }

    @Override
    void joined(int r, int g, int p) {
        recount(r, g);
    }

    @Override
    void left(int r, int g, int p) {
        recount(r, g);
    }

    private void recount(int r, int g) {
        people -= isolated[r][g];
        isolated[r][g] = isolatedIn(r, g);
        people += isolated[r][g];
    }

    private long isolatedIn(int r, int g) {
        if (seating.memberCount[r][g] < 3) {
            return 0;
        }
        int[] genderCounts = genders.counts(r, g);
        int known = 0;
        for (int count : genderCounts) {
            known += count;
        }
        long alone = 0;
        if (known >= 3) {
            for (int count : genderCounts) {
                alone += count == 1 ? 1 : 0;
            }
        }
        int distinct = 0;
        boolean single = false;
        for (int count : horizons.counts(r, g)) {
            if (count > 0) {
                distinct++;
                single |= count == 1;
            }
        }
        return alone + (distinct == 2 && single ? 1 : 0);
    }

    /** Moves one count of horizon hp and gender sp from group {@code from} to {@code to}, and one of hq and sq back. */
    private void tradeCounts(int r, int from, int to, int hp, int hq, int sp, int sq) {
        int[] horizonsFrom = horizons.counts(r, from);
        int[] horizonsTo = horizons.counts(r, to);
        horizonsFrom[hp]--;
        horizonsTo[hp]++;
        horizonsTo[hq]--;
        horizonsFrom[hq]++;
        int[] gendersFrom = genders.counts(r, from);
        int[] gendersTo = genders.counts(r, to);
        if (sp >= 0) {
            gendersFrom[sp]--;
            gendersTo[sp]++;
        }
        if (sq >= 0) {
            gendersTo[sq]--;
            gendersFrom[sq]++;
        }
    }
}
