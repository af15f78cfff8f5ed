package fr.cohorte.grouping;

/**
 * How much each soft rule counts, per unit of its penalty (see {@link MixingRule}). Staff set them;
 * zero switches a rule off. The presets were chosen on the benchmark (bench/mixing): the default
 * keeps horizon mixes within a few percent of their best and spends that margin on new encounters
 * (one unit of horizon distance is worth about three meetings again); "encounters first" puts new
 * encounters above everything else and lets horizon mixes decide between plans of equal encounters.
 * The search reads weights this way: when meeting again weighs more than every other rule at work,
 * encounters come first outright (the other weights only order plans of equal encounters);
 * otherwise the rules are weighed, and the mix reached becomes a ceiling once that stalls.
 */
public record MixingWeights(int repeatedMeetings, int horizonMix, int sameOrganisation, int genderBalance,
                            int nobodyIsolated) {

    public static final MixingWeights DEFAULT = new MixingWeights(10, 32, 100, 4, 4);
    public static final MixingWeights ENCOUNTERS_FIRST = new MixingWeights(100, 20, 30, 1, 1);
    public static final MixingWeights DIVERSITY_FIRST = new MixingWeights(1, 100, 100, 4, 4);

    public MixingWeights {
        if (repeatedMeetings < 0 || horizonMix < 0 || sameOrganisation < 0 || genderBalance < 0 || nobodyIsolated < 0) {
            throw new IllegalArgumentException("rule weights cannot be negative");
        }
    }

    public int weightOf(MixingRule rule) {
        return switch (rule) {
            case REPEATED_MEETINGS -> repeatedMeetings;
            case HORIZON_MIX -> horizonMix;
            case SAME_ORGANISATION -> sameOrganisation;
            case GENDER_BALANCE -> genderBalance;
            case NOBODY_ISOLATED -> nobodyIsolated;
            case GROUP_SIZES, STAFF_LOCKS, NEVER_TOGETHER -> throw new IllegalArgumentException(rule + " is a hard rule");
        };
    }
}
