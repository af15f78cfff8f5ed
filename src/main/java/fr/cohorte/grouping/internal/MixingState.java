package fr.cohorte.grouping.internal;

import java.util.Arrays;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRule;
import fr.cohorte.grouping.MixingWeights;

/**
 * The groups of every planned round with each rule's penalty kept up to date as people leave and
 * join groups, in time proportional to a group's size: this is what makes millions of swap
 * evaluations per minute possible. Penalties are in thousandths, so that the fractional distances
 * of horizon mixes and gender balance stay exact enough in whole numbers.
 */
public final class MixingState {

    static final int UNIT = 1000;
    /**
     * With encounters first, what each meeting again costs on top of the cube: 64, so that a pair
     * meeting three times (2 x 64 + 8) still costs more than two pairs meeting twice (2 x 65), while
     * one meeting again more always costs more than any better spread of the others.
     */
    private static final long EACH_MEETING_AGAIN = 64;
    /**
     * With the rules weighed against each other, a pair meeting m times costs 6 (m - 1)^3: 6 when it
     * meets twice, 48 three times, so that meeting again weighs six times more against the other
     * rules than the cube alone. Measured on the benchmark's cohort (10 s, 10 seeds, two searches side
     * by side): with 3 ((m - 1) + (m - 1)^3) (30 for three times, five pairs meeting twice) the default
     * kept 218-224 meetings again but a pair meeting three times in 3 seeds of 10; adding 6, 12 and 18
     * to the pair meeting three times gave a third meeting in 4, 1 and 0 seeds of 10 for 221.5, 224
     * and 224 meetings again. A third meeting at eight times a second one never came back, hence the
     * plain cube, scaled. Scaled by 4, 6 or 10, the figures stayed within noise (225-225.5). Golfer
     * problems keep the cube alone: no other rule at work, no change.
     */
    private static final long WEIGHED_SCALE = 6;
    private static final long HARD = 1_000_000_000_000L;

    private final MixingProblem problem;
    private final int n;
    private final int[][] meetings;
    private final boolean[][] apart;
    private final int[][] groupOf;
    private final int[][][] members;
    private final int[][] memberCount;
    private final int[][][] horizonCount;
    private final int[][][] genderCount;
    private final int[][][] organisationCount;
    /** [round][group][horizon][count]: thousandths of |count - size x share|. */
    private final long[][][][] horizonCost;
    private final long[][][][] genderCost;
    private final long[][] isolation;

    /** Without "never together" pairs, pricing a swap skips counting them. */
    private final boolean anyApart;
    /**
     * Sums the pricing of a swap needs, cached until the next move: every join and leave changes
     * {@link #version}, and a sum computed at another version is computed again. A search prices
     * hundreds of swaps between two moves, and most of them share these sums.
     */
    private long version = 1;
    /** [round][person]: what the person leaving their group would save on meetings again. */
    private final long[][] leaving;
    private final long[][] leavingAt;
    /** [round][person][group]: what the person joining that group (whole, them aside) would add to meetings again. */
    private final long[][][] joining;
    private final long[][][] joiningAt;

    private long neverTogether;
    private long repeatedMeetings;
    private long horizonMix;
    private long sameOrganisation;
    private long genderBalance;
    private long nobodyIsolated;
    /** What the last {@link #swapCost} priced, rule by rule, unweighted: meetings again, then thousandths of horizon distance. */
    private long pricedRepeated;
    private long pricedHorizon;
    private long pricedConflicts;
    /** What each meeting again costs, and what the cube of a pair's meetings again is multiplied by (see {@link #meetingAgainCost}). */
    private final long perMeetingAgain;
    private final long perCube;

    public MixingState(MixingProblem problem) {
        this.problem = problem;
        if (!problem.otherRulesAtWork()) {
            this.perMeetingAgain = 0;
            this.perCube = 1;
        } else if (problem.encountersFirst()) {
            this.perMeetingAgain = EACH_MEETING_AGAIN;
            this.perCube = 1;
        } else {
            this.perMeetingAgain = 0;
            this.perCube = WEIGHED_SCALE;
        }
        this.n = problem.participantCount();
        this.meetings = new int[n][n];
        for (int[][] round : problem.history()) {
            for (int[] group : round) {
                for (int a : group) {
                    for (int b : group) {
                        meetings[a][b] += a != b ? 1 : 0;
                    }
                }
            }
        }
        this.apart = new boolean[n][n];
        for (int[] pair : problem.apartPairs()) {
            apart[pair[0]][pair[1]] = true;
            apart[pair[1]][pair[0]] = true;
        }
        this.anyApart = !problem.apartPairs().isEmpty();
        int rounds = problem.rounds().size();
        int horizons = problem.horizons().size();
        this.leaving = new long[rounds][n];
        this.leavingAt = new long[rounds][n];
        this.joining = new long[rounds][n][];
        this.joiningAt = new long[rounds][n][];
        this.groupOf = new int[rounds][n];
        this.members = new int[rounds][][];
        this.memberCount = new int[rounds][];
        this.horizonCount = new int[rounds][][];
        this.genderCount = new int[rounds][][];
        this.organisationCount = new int[rounds][][];
        this.horizonCost = new long[rounds][][][];
        this.genderCost = new long[rounds][][][];
        this.isolation = new long[rounds][];
        for (int r = 0; r < rounds; r++) {
            MixingProblem.PlannedRound round = problem.rounds().get(r);
            int groups = round.groupCount();
            Arrays.fill(groupOf[r], -1);
            members[r] = new int[groups][];
            for (int g = 0; g < groups; g++) {
                members[r][g] = new int[round.groupSizes()[g] + 1];
            }
            memberCount[r] = new int[groups];
            horizonCount[r] = new int[groups][horizons];
            genderCount[r] = new int[groups][problem.genderCount()];
            organisationCount[r] = new int[groups][problem.organisationCount()];
            isolation[r] = new long[groups];
            for (int p = 0; p < n; p++) {
                joining[r][p] = new long[groups];
                joiningAt[r][p] = new long[groups];
            }
            horizonCost[r] = distanceTable(round, horizons, problem::horizonOf);
            genderCost[r] = distanceTable(round, problem.genderCount(), problem::genderOf);
            for (int g = 0; g < groups; g++) {
                for (long[] costs : horizonCost[r][g]) {
                    horizonMix += costs[0];
                }
                for (long[] costs : genderCost[r][g]) {
                    genderBalance += costs[0];
                }
            }
        }
    }

    /**
     * [group][value][count] = thousandths of |count - group size x the round's share of that value|.
     * Groups of one size share one table (a round's sizes differ by one at most), so that the tables
     * grow with the values and the rounds, not with the groups as well.
     */
    private static long[][][] distanceTable(MixingProblem.PlannedRound round, int values,
                                            java.util.function.IntUnaryOperator valueOf) {
        double[] share = new double[values];
        for (int p : round.present()) {
            int value = valueOf.applyAsInt(p);
            if (value >= 0) {
                share[value]++;
            }
        }
        int[] sizes = round.groupSizes();
        long[][][] table = new long[sizes.length][][];
        java.util.Map<Integer, long[][]> bySize = new java.util.HashMap<>();
        for (int g = 0; g < sizes.length; g++) {
            int size = sizes[g];
            table[g] = bySize.computeIfAbsent(size, key -> {
                long[][] costs = new long[values][size + 2];
                for (int v = 0; v < values; v++) {
                    double expected = size * share[v] / round.present().length;
                    for (int count = 0; count < costs[v].length; count++) {
                        costs[v][count] = Math.round(UNIT * Math.abs(count - expected));
                    }
                }
                return costs;
            });
        }
        return table;
    }

    /**
     * Empties every group, then fills them with the plan: the state is then the one a new state
     * loaded with that plan would be, without allocating one (a state grows with rounds x
     * participants x groups, and the search goes back to its best plan often).
     */
    public void reload(MixingPlan plan) {
        for (int r = 0; r < members.length; r++) {
            for (int g = 0; g < members[r].length; g++) {
                while (memberCount[r][g] > 0) {
                    leave(r, members[r][g][memberCount[r][g] - 1]);
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
        return groupOf[round][participant];
    }

    public int memberCount(int round, int group) {
        return memberCount[round][group];
    }

    /**
     * What joining a group would cost in the simplest terms: how often p already met its members,
     * and a prohibitive amount per "never together" partner among them.
     */
    public long joinCost(int r, int p, int g) {
        long cost = 0;
        for (int i = 0; i < memberCount[r][g]; i++) {
            int other = members[r][g][i];
            cost += meetings[p][other] + (apart[p][other] ? n * n : 0);
        }
        return cost;
    }

    public void join(int r, int p, int g) {
        version++;
        int[] group = members[r][g];
        int size = memberCount[r][g];
        int organisation = problem.organisationOf(p);
        for (int i = 0; i < size; i++) {
            int other = group[i];
            repeatedMeetings += oneMoreMeeting(p, other);
            meetings[p][other]++;
            meetings[other][p]++;
            if (apart[p][other]) {
                neverTogether++;
            }
        }
        group[size] = p;
        memberCount[r][g] = size + 1;
        groupOf[r][p] = g;
        if (organisation >= 0) {
            sameOrganisation += organisationCount[r][g][organisation]++;
        }
        changeCounts(r, g, p, +1);
    }

    public void leave(int r, int p) {
        version++;
        int g = groupOf[r][p];
        int[] group = members[r][g];
        int size = memberCount[r][g];
        int at = -1;
        for (int i = 0; i < size; i++) {
            int other = group[i];
            if (other == p) {
                at = i;
                continue;
            }
            repeatedMeetings -= oneLessMeeting(p, other);
            meetings[p][other]--;
            meetings[other][p]--;
            if (apart[p][other]) {
                neverTogether--;
            }
        }
        group[at] = group[size - 1];
        memberCount[r][g] = size - 1;
        groupOf[r][p] = -1;
        int organisation = problem.organisationOf(p);
        if (organisation >= 0) {
            sameOrganisation -= --organisationCount[r][g][organisation];
        }
        changeCounts(r, g, p, -1);
    }

    private void changeCounts(int r, int g, int p, int change) {
        int h = problem.horizonOf(p);
        long[] horizonCosts = horizonCost[r][g][h];
        horizonMix -= horizonCosts[horizonCount[r][g][h]];
        horizonCount[r][g][h] += change;
        horizonMix += horizonCosts[horizonCount[r][g][h]];
        int gender = problem.genderOf(p);
        if (gender >= 0) {
            long[] genderCosts = genderCost[r][g][gender];
            genderBalance -= genderCosts[genderCount[r][g][gender]];
            genderCount[r][g][gender] += change;
            genderBalance += genderCosts[genderCount[r][g][gender]];
        }
        nobodyIsolated -= isolation[r][g];
        isolation[r][g] = isolated(r, g);
        nobodyIsolated += isolation[r][g];
    }

    /**
     * People alone of their gender in a group of three or more, plus one when the others all share
     * a single horizon that is not theirs.
     */
    private long isolated(int r, int g) {
        int size = memberCount[r][g];
        if (size < 3) {
            return 0;
        }
        int[] genders = genderCount[r][g];
        int known = 0;
        for (int count : genders) {
            known += count;
        }
        long alone = 0;
        if (known >= 3) {
            for (int count : genders) {
                alone += count == 1 ? 1 : 0;
            }
        }
        int distinct = 0;
        boolean single = false;
        for (int count : horizonCount[r][g]) {
            if (count > 0) {
                distinct++;
                single |= count == 1;
            }
        }
        return alone + (distinct == 2 && single ? 1 : 0);
    }

    /** p and q, of one round and different groups, trade groups. Swapping again undoes it. */
    public void swap(int r, int p, int q) {
        int gp = groupOf[r][p];
        int gq = groupOf[r][q];
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
        return encounters + (problem.weights().repeatedMeetings() * MixingState.UNIT - 1) * pricedRepeated + swapOthers(r, p, q);
    }

    /**
     * The part of {@link #swapCost} due to never-together pairs and meetings again, unweighted:
     * hard violations times the hard unit, plus the change of {@link #repeatedMeetings()}. Cheaper
     * than the whole price, so a search that puts encounters first looks at the rest only for
     * swaps that are among the best on encounters. Meetings again are priced from four sums kept
     * until the next move (what each of the two leaves behind, what each meets in the other's
     * group), so that pricing every swap of a step costs a few reads per swap, not two group scans.
     */
    public long swapEncounters(int r, int p, int q) {
        int gp = groupOf[r][p];
        int gq = groupOf[r][q];
        long repeated = joining(r, q, gp) + joining(r, p, gq) - 2 * oneMoreMeeting(p, q) - leaving(r, p) - leaving(r, q);
        long conflicts = 0;
        if (anyApart) {
            for (int i = 0; i < memberCount[r][gp]; i++) {
                int other = members[r][gp][i];
                if (other != p) {
                    conflicts += (apart[q][other] ? 1 : 0) - (apart[p][other] ? 1 : 0);
                }
            }
            for (int i = 0; i < memberCount[r][gq]; i++) {
                int other = members[r][gq][i];
                if (other != q) {
                    conflicts += (apart[p][other] ? 1 : 0) - (apart[q][other] ? 1 : 0);
                }
            }
        }
        pricedRepeated = repeated;
        pricedConflicts = conflicts;
        return conflicts * HARD + repeated;
    }

    /** What p leaving their group of round r would save on meetings again, cached until the next move. */
    private long leaving(int r, int p) {
        if (leavingAt[r][p] != version) {
            int g = groupOf[r][p];
            long saved = 0;
            for (int i = 0; i < memberCount[r][g]; i++) {
                int other = members[r][g][i];
                if (other != p) {
                    saved += oneLessMeeting(p, other);
                }
            }
            leaving[r][p] = saved;
            leavingAt[r][p] = version;
        }
        return leaving[r][p];
    }

    /**
     * What p meeting every member of group g of round r (p aside) once more would add to meetings
     * again, cached until the next move. The same sum serves every swap that sends p to g.
     */
    private long joining(int r, int p, int g) {
        if (joiningAt[r][p][g] != version) {
            long added = 0;
            for (int i = 0; i < memberCount[r][g]; i++) {
                int other = members[r][g][i];
                if (other != p) {
                    added += oneMoreMeeting(p, other);
                }
            }
            joining[r][p][g] = added;
            joiningAt[r][p][g] = version;
        }
        return joining[r][p][g];
    }

    /** The part of {@link #swapCost} due to the soft rules other than meetings again, weighted. */
    public long swapOthers(int r, int p, int q) {
        int gp = groupOf[r][p];
        int gq = groupOf[r][q];
        MixingWeights weights = problem.weights();
        pricedHorizon = 0;
        long cost = 0;
        if (weights.sameOrganisation() > 0) {
            cost += weights.sameOrganisation() * (colleaguesChange(r, gp, p, q) + colleaguesChange(r, gq, q, p)) * UNIT;
        }
        if (weights.horizonMix() > 0) {
            pricedHorizon = exchangeCost(horizonCost[r][gp], horizonCount[r][gp], problem.horizonOf(p), problem.horizonOf(q))
                    + exchangeCost(horizonCost[r][gq], horizonCount[r][gq], problem.horizonOf(q), problem.horizonOf(p));
            cost += weights.horizonMix() * pricedHorizon;
        }
        if (weights.genderBalance() > 0) {
            cost += weights.genderBalance() * (exchangeCost(genderCost[r][gp], genderCount[r][gp], problem.genderOf(p), problem.genderOf(q))
                    + exchangeCost(genderCost[r][gq], genderCount[r][gq], problem.genderOf(q), problem.genderOf(p)));
        }
        if (weights.nobodyIsolated() > 0) {
            cost += weights.nobodyIsolated() * isolationChange(r, gp, gq, p, q) * UNIT;
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

    /** Meetings again, unweighted: the sum over pairs of {@link #meetingAgainCost} ((m - 1)^3 unless encounters come first). */
    public long repeatedMeetings() {
        return repeatedMeetings;
    }

    /** Thousandths of the horizon mixes' distance to the shares, unweighted. */
    public long horizonDistance() {
        return horizonMix;
    }

    /** The weight of one unit of hard violation in {@link #penalty()}, above any soft penalty. */
    public static long hardUnit() {
        return HARD;
    }

    /**
     * What a pair that meets m times costs the search (see {@link MixingRule#REPEATED_MEETINGS}): the
     * cube (m - 1)^3 when no other rule is at work; with encounters first, {@link #EACH_MEETING_AGAIN}
     * for each meeting again plus the cube, so that fewer meetings again always come first; otherwise
     * {@link #WEIGHED_SCALE} times the cube.
     */
    long meetingAgainCost(int m) {
        long again = Math.max(0, m - 1);
        long cube = again * again * again;
        return again * perMeetingAgain + cube * perCube;
    }

    /** The penalty of meeting again as the rule defines it, (m - 1)^3 summed over pairs, whatever the search counts. */
    private long cubedMeetingsAgain() {
        long sum = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                long again = Math.max(0, meetings[a][b] - 1);
                sum += again * again * again;
            }
        }
        return sum;
    }

    /** What a and b meeting once more would add to the penalty of meeting again. */
    private long oneMoreMeeting(int a, int b) {
        int m = meetings[a][b];
        return meetingAgainCost(m + 1) - meetingAgainCost(m);
    }

    /** What a and b, now in one group, meeting once less would save on the penalty of meeting again. */
    private long oneLessMeeting(int a, int b) {
        int m = meetings[a][b];
        return meetingAgainCost(m) - meetingAgainCost(m - 1);
    }

    /** Colleague pairs gained in group g when its member {@code leaving} is replaced by {@code coming}. */
    private long colleaguesChange(int r, int g, int leaving, int coming) {
        int left = problem.organisationOf(leaving);
        int came = problem.organisationOf(coming);
        if (left == came) {
            return 0;
        }
        int[] count = organisationCount[r][g];
        return (came >= 0 ? count[came] : 0) - (left >= 0 ? count[left] - 1 : 0);
    }

    /** Change of a group's distance to the shares when one member of value {@code left} is replaced by one of {@code came}. */
    private static long exchangeCost(long[][] costs, int[] count, int left, int came) {
        if (left == came) {
            return 0;
        }
        long change = 0;
        if (left >= 0) {
            change += costs[left][count[left] - 1] - costs[left][count[left]];
        }
        if (came >= 0) {
            change += costs[came][count[came] + 1] - costs[came][count[came]];
        }
        return change;
    }

    /** Change of isolated people in groups gp and gq if p (in gp) and q (in gq) traded, found by trading their counts and back. */
    private long isolationChange(int r, int gp, int gq, int p, int q) {
        int hp = problem.horizonOf(p);
        int hq = problem.horizonOf(q);
        int sp = problem.genderOf(p);
        int sq = problem.genderOf(q);
        if (hp == hq && sp == sq) {
            return 0;
        }
        tradeCounts(r, gp, gq, hp, hq, sp, sq);
        long after = isolated(r, gp) + isolated(r, gq);
        tradeCounts(r, gq, gp, hp, hq, sp, sq);
        return after - isolation[r][gp] - isolation[r][gq];
    }

    /** Moves one count of horizon hp and gender sp from group {@code from} to {@code to}, and one of hq and sq back. */
    private void tradeCounts(int r, int from, int to, int hp, int hq, int sp, int sq) {
        horizonCount[r][from][hp]--;
        horizonCount[r][to][hp]++;
        horizonCount[r][to][hq]--;
        horizonCount[r][from][hq]++;
        if (sp >= 0) {
            genderCount[r][from][sp]--;
            genderCount[r][to][sp]++;
        }
        if (sq >= 0) {
            genderCount[r][to][sq]--;
            genderCount[r][from][sq]++;
        }
    }

    /** Hard violations far above any soft penalty, then the weighted soft penalty: lower is better. */
    public long penalty() {
        return hardPenalty() * HARD + softPenalty();
    }

    /** Hard rule violations: pairs that must never be together sharing a group. */
    public long hardPenalty() {
        return neverTogether;
    }

    public long softPenalty() {
        MixingWeights weights = problem.weights();
        return weights.repeatedMeetings() * repeatedMeetings * UNIT
                + weights.horizonMix() * horizonMix
                + weights.sameOrganisation() * sameOrganisation * UNIT
                + weights.genderBalance() * genderBalance
                + weights.nobodyIsolated() * nobodyIsolated * UNIT;
    }

    /** A rule's penalty in its own unit (pairs, meetings, distance) for explanations and tests. */
    public double penaltyOf(MixingRule rule) {
        return switch (rule) {
            case GROUP_SIZES, STAFF_LOCKS -> 0;
            case NEVER_TOGETHER -> neverTogether;
            case REPEATED_MEETINGS -> perMeetingAgain == 0 ? repeatedMeetings / perCube : cubedMeetingsAgain();
            case HORIZON_MIX -> horizonMix / (double) UNIT;
            case SAME_ORGANISATION -> sameOrganisation;
            case GENDER_BALANCE -> genderBalance / (double) UNIT;
            case NOBODY_ISOLATED -> nobodyIsolated;
        };
    }

    /**
     * Whether p shares their group in that round with somebody they meet more than once, with
     * somebody they must never be with, or with a colleague when colleagues are to be split.
     */
    public boolean inConflict(int r, int p) {
        int g = groupOf[r][p];
        int organisation = problem.organisationOf(p);
        if (organisation >= 0 && problem.weights().sameOrganisation() > 0 && organisationCount[r][g][organisation] > 1) {
            return true;
        }
        for (int i = 0; i < memberCount[r][g]; i++) {
            int other = members[r][g][i];
            if (meetings[p][other] >= 2 || apart[p][other]) {
                return true;
            }
        }
        return false;
    }

    /** How many times a and b share a group so far, history included. */
    public int meetings(int a, int b) {
        return meetings[a][b];
    }

    public MixingPlan plan() {
        java.util.List<int[][]> rounds = new java.util.ArrayList<>();
        for (int r = 0; r < groupOf.length; r++) {
            int[][] groups = new int[members[r].length][];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = Arrays.copyOf(members[r][g], memberCount[r][g]);
                Arrays.sort(groups[g]);
            }
            rounds.add(groups);
        }
        return new MixingPlan(rounds);
    }
}
