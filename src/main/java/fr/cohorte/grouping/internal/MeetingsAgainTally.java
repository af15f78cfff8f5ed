package fr.cohorte.grouping.internal;

import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRule;

/**
 * {@link MixingRule#REPEATED_MEETINGS}: how often each pair has shared a group, history included,
 * and what their meeting again costs the search (see {@link #meetingAgainCost}), counted from the
 * history on: the history alone costs nothing, since no plan can change it.
 */
final class MeetingsAgainTally extends RuleTally {

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

    private final int n;
    private final int[][] meetings;
    /** What each meeting again costs, and what the cube of a pair's meetings again is multiplied by (see {@link #meetingAgainCost}). */
    private final long perMeetingAgain;
    private final long perCube;
    private long cost;

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

    MeetingsAgainTally(MixingProblem problem, Seating seating) {
        super(seating);
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
        int rounds = problem.rounds().size();
        this.leaving = new long[rounds][n];
        this.leavingAt = new long[rounds][n];
        this.joining = new long[rounds][n][];
        this.joiningAt = new long[rounds][n][];
        for (int r = 0; r < rounds; r++) {
            int groups = problem.rounds().get(r).groupCount();
            for (int p = 0; p < n; p++) {
                joining[r][p] = new long[groups];
                joiningAt[r][p] = new long[groups];
            }
        }
    }

    @Override
    public MixingRule rule() {
        return MixingRule.REPEATED_MEETINGS;
    }

    /** The cube (m - 1)^3 summed over pairs, history included, whatever the search counts. */
    @Override
    public double penalty() {
        if (perMeetingAgain == 0) {
            return cost / perCube;
        }
        long sum = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                long again = Math.max(0, meetings[a][b] - 1);
                sum += again * again * again;
            }
        }
        return sum;
    }

    /** The sum over pairs of {@link #meetingAgainCost}, counted from the history on. */
    @Override
    public long total() {
        return cost;
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

    /** How many times a and b share a group so far, history included. */
    int meetings(int a, int b) {
        return meetings[a][b];
    }

    /** How many times p already met the members of group g of round r, summed. */
    long metIn(int r, int p, int g) {
        int[] group = seating.members[r][g];
        long met = 0;
        for (int i = 0; i < seating.memberCount[r][g]; i++) {
            met += meetings[p][group[i]];
        }
        return met;
    }

    /** Whether p shares their group of round r with somebody they meet more than once. */
    boolean inConflict(int r, int p) {
        int g = seating.groupOf[r][p];
        int[] group = seating.members[r][g];
        for (int i = 0; i < seating.memberCount[r][g]; i++) {
            if (meetings[p][group[i]] >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Priced from four sums kept until the next move (what each of the two leaves behind, what each
     * meets in the other's group), so that pricing every swap of a step costs a few reads per swap,
     * not two group scans.
     */
    @Override
    long priceSwap(int r, int p, int gp, int q, int gq) {
        return joining(r, q, gp) + joining(r, p, gq) - 2 * oneMoreMeeting(p, q) - leaving(r, p) - leaving(r, q);
    }

    @Override
    void joined(int r, int g, int p) {
        version++;
        int[] group = seating.members[r][g];
        int others = seating.memberCount[r][g] - 1;
        for (int i = 0; i < others; i++) {
            int other = group[i];
            cost += oneMoreMeeting(p, other);
            meetings[p][other]++;
            meetings[other][p]++;
        }
    }

    @Override
    void left(int r, int g, int p) {
        version++;
        int[] group = seating.members[r][g];
        for (int i = 0; i < seating.memberCount[r][g]; i++) {
            int other = group[i];
            cost -= oneLessMeeting(p, other);
            meetings[p][other]--;
            meetings[other][p]--;
        }
    }

    /** What p leaving their group of round r would save on meetings again, cached until the next move. */
    private long leaving(int r, int p) {
        if (leavingAt[r][p] != version) {
            int g = seating.groupOf[r][p];
            int[] group = seating.members[r][g];
            long saved = 0;
            for (int i = 0; i < seating.memberCount[r][g]; i++) {
                int other = group[i];
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
            int[] group = seating.members[r][g];
            long added = 0;
            for (int i = 0; i < seating.memberCount[r][g]; i++) {
                int other = group[i];
                if (other != p) {
                    added += oneMoreMeeting(p, other);
                }
            }
            joining[r][p][g] = added;
            joiningAt[r][p][g] = version;
        }
        return joining[r][p][g];
    }

    /** What a and b meeting once more would add. */
    private long oneMoreMeeting(int a, int b) {
        int m = meetings[a][b];
        return meetingAgainCost(m + 1) - meetingAgainCost(m);
    }

    /** What a and b, now in one group, meeting once less would save. */
    private long oneLessMeeting(int a, int b) {
        int m = meetings[a][b];
        return meetingAgainCost(m) - meetingAgainCost(m - 1);
    }
}
