package fr.cohorte.grouping.internal;

import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRule;

/** {@link MixingRule#SAME_ORGANISATION}: pairs of colleagues from one organisation in one group, summed over rounds. */
final class SameOrganisationTally extends RuleTally {

    /** [person]: their organisation, -1 when unknown (nobody's colleague). */
    private final int[] organisationOf;
    /** [round][group][organisation]: members of that organisation. */
    private final int[][][] counts;
    private long pairs;

    SameOrganisationTally(MixingProblem problem, Seating seating) {
        super(seating);
        this.organisationOf = new int[problem.participantCount()];
        for (int p = 0; p < organisationOf.length; p++) {
            organisationOf[p] = problem.organisationOf(p);
        }
        int rounds = problem.rounds().size();
        this.counts = new int[rounds][][];
        for (int r = 0; r < rounds; r++) {
            counts[r] = new int[problem.rounds().get(r).groupCount()][problem.organisationCount()];
        }
    }

    @Override
    public MixingRule rule() {
        return MixingRule.SAME_ORGANISATION;
    }

    @Override
    public double penalty() {
        return pairs;
    }

    @Override
    public long total() {
        return pairs;
    }

    /** Whether p shares their group of round r with a colleague. */
    boolean inConflict(int r, int p) {
        int organisation = organisationOf[p];
        return organisation >= 0 && counts[r][seating.groupOf[r][p]][organisation] > 1;
    }

    @Override
    long priceSwap(int r, int p, int gp, int q, int gq) {
        return colleaguesChange(r, gp, p, q) + colleaguesChange(r, gq, q, p);
    }

    @Override
    void joined(int r, int g, int p) {
        int organisation = organisationOf[p];
        if (organisation >= 0) {
            pairs += counts[r][g][organisation]++;
        }
    }

    @Override
    void left(int r, int g, int p) {
        int organisation = organisationOf[p];
        if (organisation >= 0) {
            pairs -= --counts[r][g][organisation];
        }
    }

    /** Colleague pairs gained in group g when its member {@code leaving} is replaced by {@code coming}. */
    private long colleaguesChange(int r, int g, int leaving, int coming) {
        int left = organisationOf[leaving];
        int came = organisationOf[coming];
        if (left == came) {
            return 0;
        }
        int[] count = counts[r][g];
        return (came >= 0 ? count[came] : 0) - (left >= 0 ? count[left] - 1 : 0);
    }
}
