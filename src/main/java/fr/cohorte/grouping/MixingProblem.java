package fr.cohorte.grouping;

import java.time.Duration;
import java.util.List;

import fr.cohorte.web.RequestLimitExceededException;

/**
 * A mixing request read and checked: participants are numbered 0..n-1 in input order, horizons,
 * genders and organisations are numbered too, every round knows who is present, the size of each
 * of its groups and who is locked where. Building one either succeeds or names every culprit
 * (the reading is {@link MixingRequestReader}'s).
 */
public final class MixingProblem {

    static final int MAX_TIME_LIMIT_SECONDS = 600;

    /**
     * A round to plan. {@code groupSizes[g]} is the size group g must have; {@code lockedGroup[p]} is
     * the group staff put participant p in, or -1.
     */
    public record PlannedRound(int[] present, int[] groupSizes, int[] lockedGroup) {

        public int groupCount() {
            return groupSizes.length;
        }
    }

    private final List<String> ids;
    private final List<String> horizons;
    private final int[] horizonOf;
    private final List<String> genders;
    private final int[] genderOf;
    private final List<String> organisations;
    private final int[] organisationOf;
    private final List<PlannedRound> rounds;
    private final List<int[][]> history;
    private final List<int[]> apartPairs;
    private final Duration timeLimit;
    private final long seed;
    private final MixingWeights weights;

    /** Numbers as {@link MixingRequestReader} found them; the lists are copied. */
    MixingProblem(List<String> ids, List<String> horizons, int[] horizonOf, List<String> genders, int[] genderOf,
                  List<String> organisations, int[] organisationOf, List<PlannedRound> rounds, List<int[][]> history,
                  List<int[]> apartPairs, Duration timeLimit, long seed, MixingWeights weights) {
        this.ids = List.copyOf(ids);
        this.horizons = List.copyOf(horizons);
        this.horizonOf = horizonOf;
        this.genders = List.copyOf(genders);
        this.genderOf = genderOf;
        this.organisations = List.copyOf(organisations);
        this.organisationOf = organisationOf;
        this.rounds = List.copyOf(rounds);
        this.history = List.copyOf(history);
        this.apartPairs = List.copyOf(apartPairs);
        this.timeLimit = timeLimit;
        this.seed = seed;
        this.weights = weights;
    }

    /**
     * Reads a request without bounding its size: for callers whose requests are bounded already
     * (tests, benchmarks, figures of groups already formed). Solving services use
     * {@link #of(MixingRequest, MixingLimits)}.
     */
    public static MixingProblem of(MixingRequest request) {
        return of(request, null);
    }

    /**
     * Reads a request, or throws a {@link MixingValidationException} naming every field at fault
     * (the first {@value MixingRequestReader#MAX_ERRORS}), or a {@link RequestLimitExceededException}
     * naming the first limit it exceeds before reading further.
     */
    public static MixingProblem of(MixingRequest request, MixingLimits limits) {
        return MixingRequestReader.read(request, limits);
    }

    /** The same problem with other rule weights, to compare trade-offs on one input. */
    public MixingProblem withWeights(MixingWeights otherWeights) {
        return new MixingProblem(ids, horizons, horizonOf, genders, genderOf, organisations, organisationOf, rounds, history,
                apartPairs, timeLimit, seed, otherWeights);
    }

    /** The same problem searched for another time, with another seed. */
    public MixingProblem withSearch(Duration otherTimeLimit, long otherSeed) {
        return new MixingProblem(ids, horizons, horizonOf, genders, genderOf, organisations, organisationOf, rounds, history,
                apartPairs, otherTimeLimit, otherSeed, weights);
    }

    public int participantCount() {
        return ids.size();
    }

    public String idOf(int participant) {
        return ids.get(participant);
    }

    public List<String> ids() {
        return ids;
    }

    public List<String> horizons() {
        return horizons;
    }

    public int horizonOf(int participant) {
        return horizonOf[participant];
    }

    public int genderCount() {
        return genders.size();
    }

    /** The participant's gender number, or -1 when unknown. */
    public int genderOf(int participant) {
        return genderOf[participant];
    }

    public int organisationCount() {
        return organisations.size();
    }

    /** The participant's organisation number, or -1 when unknown. */
    public int organisationOf(int participant) {
        return organisationOf[participant];
    }

    public List<PlannedRound> rounds() {
        return rounds;
    }

    /** Rounds already held: each a list of groups of participant numbers. */
    public List<int[][]> history() {
        return history;
    }

    public List<int[]> apartPairs() {
        return apartPairs;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    public long seed() {
        return seed;
    }

    /**
     * Whether a soft rule other than meeting again can tell two plans apart here: one that weighs
     * something and has something to measure (two horizons, two genders, an organisation).
     */
    public boolean otherRulesAtWork() {
        return strongestOtherRuleAtWork() > 0;
    }

    /**
     * Whether meeting again weighs more than every other rule at work ("encounters first"); always so
     * when no other rule is at work, as on a golfer problem.
     */
    public boolean encountersFirst() {
        return weights.repeatedMeetings() > strongestOtherRuleAtWork();
    }

    /** The heaviest weight among the soft rules other than meeting again that have something to measure here. */
    private int strongestOtherRuleAtWork() {
        boolean kinds = horizons.size() > 1 || genderCount() > 1;
        return Math.max(Math.max(horizons.size() > 1 ? weights.horizonMix() : 0, genderCount() > 1 ? weights.genderBalance() : 0),
                Math.max(kinds ? weights.nobodyIsolated() : 0, organisationCount() > 0 ? weights.sameOrganisation() : 0));
    }

    public MixingWeights weights() {
        return weights;
    }
}
