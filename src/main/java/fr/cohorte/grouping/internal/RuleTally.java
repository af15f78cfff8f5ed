package fr.cohorte.grouping.internal;

import fr.cohorte.grouping.MixingRule;

/**
 * One rule's bookkeeping, kept up to date as people join and leave groups, and its price for a swap
 * made nowhere: each rule reads as one piece, the way a constraint provider lists one constraint per
 * method. {@link MixingState} composes the tallies and weighs them. A tally is told of a move after
 * the {@link Seating} shows it: a person who joined is their group's last member, one who left is
 * no longer in it.
 * <p>
 * An abstract class rather than an interface so that moving people stays inside this package; the
 * state holds each tally in a field of its own final class, so that the calls of the hot path stay
 * monomorphic.
 */
public abstract sealed class RuleTally
        permits NeverTogetherTally, MeetingsAgainTally, ShareDistanceTally, SameOrganisationTally, IsolationTally {

    final Seating seating;

    RuleTally(Seating seating) {
        this.seating = seating;
    }

    /** The rule this tally counts. */
    public abstract MixingRule rule();

    /** The rule's penalty in its own unit (pairs, meetings, distance): what explanations and tests show. */
    public abstract double penalty();

    /**
     * The penalty the search weighs, in whole numbers: pairs for never together and colleagues,
     * the cost of meetings again (see {@link MeetingsAgainTally}), thousandths of distance for the
     * mixes, people for isolation.
     */
    public abstract long total();

    /** How much {@link #total()} would change if p and q, of round r and different groups, traded groups; nobody moves. */
    public long swapChange(int r, int p, int q) {
        return priceSwap(r, p, seating.groupOf[r][p], q, seating.groupOf[r][q]);
    }

    /** {@link #swapChange} with the two groups known: p is in gp, q in gq. */
    abstract long priceSwap(int r, int p, int gp, int q, int gq);

    /** p has just joined group g of round r. */
    abstract void joined(int r, int g, int p);

    /** p has just left group g of round r. */
    abstract void left(int r, int g, int p);
}
