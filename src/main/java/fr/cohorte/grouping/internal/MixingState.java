package fr.cohorte.grouping.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRule;
import fr.cohorte.grouping.MixingWeights;

/**
 * The groups of every planned round with each rule's penalty kept up to date as people leave and
 * join groups, in time proportional to a group's size: this is what makes millions of swap
 * evaluations per minute possible. Each rule keeps its own tally (see {@link RuleTally}); the state
 * seats people, tells the tallies, and weighs what they count. Penalties are in thousandths, so
 * that the fractional distances of horizon mixes and gender balance stay exact enough in whole
 * numbers.
 */
public final class MixingState {

    static final int UNIT = 1000;
    private static final long HARD = 1_000_000_000_000L;

    private final MixingProblem problem;
    private final MixingWeights weights;
    private final int n;
    private final Seating seating;
    /** The rules' tallies, in the order they are told of a move: isolation reads the counts of the two mixes. */
    private final NeverTogetherTally neverTogether;
    private final MeetingsAgainTally meetingsAgain;
    private final ShareDistanceTally horizonMix;
    private final SameOrganisationTally sameOrganisation;
    private final ShareDistanceTally genderBalance;
    private final IsolationTally nobodyIsolated;

    /** What the last {@link #swapCost} priced, rule by rule, unweighted: meetings again, then thousandths of horizon distance. */
    private long pricedRepeated;
    private long pricedHorizon;
    private long pricedConflicts;

    public MixingState(MixingProblem problem) {
        this.problem = problem;
        this.weights = problem.weights();
        this.n = problem.participantCount();
        this.seating = new Seating(problem);
        this.neverTogether = new NeverTogetherTally(problem, seating);
        this.meetingsAgain = new MeetingsAgainTally(problem, seating);
        this.horizonMix = ShareDistanceTally.horizonMix(problem, seating);
        this.sameOrganisation = new SameOrganisationTally(problem, seating);
        this.genderBalance = ShareDistanceTally.genderBalance(problem, seating);
        this.nobodyIsolated = new IsolationTally(problem, seating, horizonMix, genderBalance);
    }

    /**
     * Empties every group, then fills them with the plan: the state is then the one a new state
     * loaded with that plan would be, without allocating one (a state grows with rounds x
     * participants x groups, and the search goes back to its best plan often).
     */
    public void reload(MixingPlan plan) {
        for (int r = 0; r < seating.members.length; r++) {
            for (int g = 0; g < seating.members[r].length; g++) {
                while (seating.memberCount[r][g] > 0) {
                    leave(r, seating.members[r][g][seating.memberCount[r][g] - 1]);
                }
            }
        }
        load(plan);
    }

    /** Fills empty groups with a plan. */
    public void load(MixingPlan plan) {
        for (int r = 0; r < plan.rounds().size(); r++) {
            int[][] groups = plan.rounds().get(r);
            for (int g = 0; g < groups.length; g++) {
                for (int p : groups[g]) {
                    join(r, p, g);
                }
            }
        }
    }

    public int groupOf(int round, int participant) {
        return seating.groupOf[round][participant];
    }

    public int memberCount(int round, int group) {
        return seating.memberCount[round][group];
    }

    /**
     * What joining a group would cost in the simplest terms: how often p already met its members,
     * and a prohibitive amount per "never together" partner among them.
     */
    public long joinCost(int r, int p, int g) {
        return meetingsAgain.metIn(r, p, g) + (long) neverTogether.partnersIn(r, p, g) * n * n;
    }

    public void join(int r, int p, int g) {
        seating.seat(r, p, g);
        neverTogether.joined(r, g, p);
        meetingsAgain.joined(r, g, p);
        horizonMix.joined(r, g, p);
        sameOrganisation.joined(r, g, p);
        genderBalance.joined(r, g, p);
        nobodyIsolated.joined(r, g, p);
    }

    public void leave(int r, int p) {
        int g = seating.unseat(r, p);
        neverTogether.left(r, g, p);
        meetingsAgain.left(r, g, p);
        horizonMix.left(r, g, p);
        sameOrganisation.left(r, g, p);
        genderBalance.left(r, g, p);
        nobodyIsolated.left(r, g, p);
    }

    /** p and q, of one round and different groups, trade groups. Swapping again undoes it. */
    public void swap(int r, int p, int q) {
        int gp = seating.groupOf[r][p];
        int gq = seating.groupOf[r][q];
        leave(r, p);
        leave(r, q);
        join(r, p, gq);
        join(r, q, gp);
    }

    /**
     * How much {@link #penalty()} would change if p and q, of one round and different groups, traded
     * groups, computed without moving them: only the pairs they form with their group-mates and the
     * two groups' counts change, so this costs a group's size, not a plan's. The search evaluates
     * every candidate swap this way and moves only the one it picks.
     */
    public long swapCost(int r, int p, int q) {
        long encounters = swapEncounters(r, p, q);
        return encounters + (weights.repeatedMeetings() * MixingState.UNIT - 1) * pricedRepeated + swapOthers(r, p, q);
    }

    /**
     * The part of {@link #swapCost} due to never-together pairs and meetings again, unweighted:
     * hard violations times the hard unit, plus the change of {@link #repeatedMeetings()}. Cheaper
     * than the whole price, so a search that puts encounters first looks at the rest only for
     * swaps that are among the best on encounters.
     */
    public long swapEncounters(int r, int p, int q) {
        int gp = seating.groupOf[r][p];
        int gq = seating.groupOf[r][q];
        long repeated = meetingsAgain.priceSwap(r, p, gp, q, gq);
        long conflicts = neverTogether.priceSwap(r, p, gp, q, gq);
        pricedRepeated = repeated;
        pricedConflicts = conflicts;
        return conflicts * HARD + repeated;
    }

    /** The part of {@link #swapCost} due to the soft rules other than meetings again, weighted; rules weighing nothing are not priced. */
    public long swapOthers(int r, int p, int q) {
        int gp = seating.groupOf[r][p];
        int gq = seating.groupOf[r][q];
        pricedHorizon = 0;
        long cost = 0;
        if (weights.sameOrganisation() > 0) {
            cost += weights.sameOrganisation() * sameOrganisation.priceSwap(r, p, gp, q, gq) * UNIT;
        }
        if (weights.horizonMix() > 0) {
            pricedHorizon = horizonMix.priceSwap(r, p, gp, q, gq);
            cost += weights.horizonMix() * pricedHorizon;
        }
        if (weights.genderBalance() > 0) {
            cost += weights.genderBalance() * genderBalance.priceSwap(r, p, gp, q, gq);
        }
        if (weights.nobodyIsolated() > 0) {
            cost += weights.nobodyIsolated() * nobodyIsolated.priceSwap(r, p, gp, q, gq) * UNIT;
        }
        return cost;
    }

    /** The change of {@link #repeatedMeetings()} the last priced swap would make. */
    public long pricedRepeated() {
        return pricedRepeated;
    }

    /** The change of {@link #horizonDistance()} the last priced swap would make (zero when horizons weigh nothing). */
    public long pricedHorizon() {
        return pricedHorizon;
    }

    /** The change of {@link #hardPenalty()} the last priced swap would make. */
    public long pricedConflicts() {
        return pricedConflicts;
    }

    /** Meetings again as the search counts them (see {@link MeetingsAgainTally#meetingAgainCost}), unweighted. */
    public long repeatedMeetings() {
        return meetingsAgain.total();
    }

    /** Thousandths of the horizon mixes' distance to the shares, unweighted. */
    public long horizonDistance() {
        return horizonMix.total();
    }

    /** The weight of one unit of hard violation in {@link #penalty()}, above any soft penalty. */
    public static long hardUnit() {
        return HARD;
    }

    /** What a pair that meets m times costs the search: see {@link MeetingsAgainTally#meetingAgainCost}. */
    long meetingAgainCost(int m) {
        return meetingsAgain.meetingAgainCost(m);
    }

    /** Hard violations far above any soft penalty, then the weighted soft penalty: lower is better. */
    public long penalty() {
        return hardPenalty() * HARD + softPenalty();
    }

    /** Hard rule violations: pairs that must never be together sharing a group. */
    public long hardPenalty() {
        return neverTogether.total();
    }

    public long softPenalty() {
        return weights.repeatedMeetings() * meetingsAgain.total() * UNIT
                + weights.horizonMix() * horizonMix.total()
                + weights.sameOrganisation() * sameOrganisation.total() * UNIT
                + weights.genderBalance() * genderBalance.total()
                + weights.nobodyIsolated() * nobodyIsolated.total() * UNIT;
    }

    /**
     * The tally of a rule the state counts; group sizes and staff locks have none, since moves keep
     * them by construction.
     */
    public RuleTally tally(MixingRule rule) {
        return switch (rule) {
            case NEVER_TOGETHER -> neverTogether;
            case REPEATED_MEETINGS -> meetingsAgain;
            case HORIZON_MIX -> horizonMix;
            case SAME_ORGANISATION -> sameOrganisation;
            case GENDER_BALANCE -> genderBalance;
            case NOBODY_ISOLATED -> nobodyIsolated;
            case GROUP_SIZES, STAFF_LOCKS -> throw new IllegalArgumentException(rule + " is kept by construction, not counted");
        };
    }

    /** A rule's penalty in its own unit (pairs, meetings, distance) for explanations and tests. */
    public double penaltyOf(MixingRule rule) {
        return switch (rule) {
            case GROUP_SIZES, STAFF_LOCKS -> 0;
            default -> tally(rule).penalty();
        };
    }

    /**
     * Whether p shares their group in that round with somebody they meet more than once, with
     * somebody they must never be with, or with a colleague when colleagues are to be split.
     */
    public boolean inConflict(int r, int p) {
        return weights.sameOrganisation() > 0 && sameOrganisation.inConflict(r, p)
                || meetingsAgain.inConflict(r, p) || neverTogether.inConflict(r, p);
    }

    /** How many times a and b share a group so far, history included. */
    public int meetings(int a, int b) {
        return meetingsAgain.meetings(a, b);
    }

    public MixingPlan plan() {
        List<int[][]> rounds = new ArrayList<>();
        for (int r = 0; r < seating.members.length; r++) {
            int[][] groups = new int[seating.members[r].length][];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = Arrays.copyOf(seating.members[r][g], seating.memberCount[r][g]);
                Arrays.sort(groups[g]);
            }
            rounds.add(groups);
        }
        return new MixingPlan(rounds);
    }
}
