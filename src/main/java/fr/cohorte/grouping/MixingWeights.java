package fr.cohorte.grouping;

/**
 * How much each soft rule counts, per unit of its penalty (see {@link MixingRule}). Staff set them;
 * zero switches a rule off. The presets were chosen on the benchmark (bench/mixing): the default
 * keeps horizon mixes at their best and, within that, lets the same pairs meet as rarely as
 * possible; "encounters first" puts new encounters above everything else.
 */
public record MixingWeights(int repeatedMeetings, int horizonMix, int sameOrganisation, int genderBalance,
                            int nobodyIsolated) {

    public static final MixingWeights DEFAULT = new MixingWeights(10, 60, 100, 4, 4);
    public static final MixingWeights ENCOUNTERS_FIRST = new MixingWeights(100, 3, 30, 1, 1);
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
