package fr.cohorte.grouping.internal;

import java.util.Arrays;

/**
 * The swaps the search may not make again for a while: two people of one round, until a given step.
 * A swap is forbidden for at most a hundred steps and the search makes one swap a step, so only a
 * few swaps are forbidden at any time: each person of each round keeps the partners they were
 * swapped with lately, instead of a table of every pair of every round (rounds x participants^2
 * entries, 100 MB for 500 people over 50 rounds, cleared at every restart).
 */
final class SwapTabu {

    private final int participants;
    /** [round x participants + person]: the people they were swapped with, and until which step, in the first {@link #count} places. */
    private final int[][] partners;
    private final long[][] until;
    private final int[] count;

    SwapTabu(int rounds, int participants) {
        this.participants = participants;
        this.partners = new int[rounds * participants][];
        this.until = new long[rounds * participants][];
        this.count = new int[rounds * participants];
    }

    /** Whether swapping p and q in round r is still forbidden at this step. */
    boolean forbids(int r, int p, int q, long step) {
        int slot = r * participants + p;
        int[] others = partners[slot];
        for (int i = 0; i < count[slot]; i++) {
            if (others[i] == q) {
                return until[slot][i] > step;
            }
        }
        return false;
    }

    /** Forbids swapping p and q of round r again before {@code untilStep}. */
    void forbid(int r, int p, int q, long untilStep, long step) {
        remember(r * participants + p, q, untilStep, step);
        remember(r * participants + q, p, untilStep, step);
    }

    void clear() {
        Arrays.fill(count, 0);
    }

    /** Keeps the partner's new term, dropping the terms already over so that the lists stay short. */
    private void remember(int slot, int other, long untilStep, long step) {
        int kept = 0;
        int[] others = partners[slot];
        long[] terms = until[slot];
        for (int i = 0; i < count[slot]; i++) {
            if (terms[i] > step && others[i] != other) {
                others[kept] = others[i];
                terms[kept] = terms[i];
                kept++;
            }
        }
        if (others == null || kept == others.length) {
            int capacity = others == null ? 4 : others.length * 2;
            others = partners[slot] = others == null ? new int[capacity] : Arrays.copyOf(others, capacity);
            terms = until[slot] = terms == null ? new long[capacity] : Arrays.copyOf(terms, capacity);
        }
        others[kept] = other;
        terms[kept] = untilStep;
        count[slot] = kept + 1;
    }
}
