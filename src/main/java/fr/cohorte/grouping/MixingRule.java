package fr.cohorte.grouping;

/**
 * The rules a plan of working groups follows, in the words shown to staff. Hard rules are never
 * broken; soft rules are weighed against each other with {@link MixingWeights}, listed here in
 * their default priority.
 */
public enum MixingRule {

    /** Every group has the size its round asks for. Guaranteed by construction: moves only swap people. */
    GROUP_SIZES("Group sizes", true),
    /** A person staff placed in a group stays there. */
    STAFF_LOCKS("Staff locks", true),
    /** Two people staff declared in conflict never share a group. */
    NEVER_TOGETHER("Never together", true),
    /**
     * The same pair meeting again. A pair that has met m times costs (m - 1)^3: zero exactly when
     * nobody meets twice, 1 for a pair meeting twice and 8 for a pair meeting three times, so one
     * pair meeting three times costs more than seven pairs meeting twice. The gentler (m - 1)^2
     * (4 against 2) still let the benchmark's session-like cohort keep pairs meeting three times to
     * gain on horizon mixes. That is the whole cost when no other rule is at work (the golfer
     * problem). With encounters first (meeting again weighs more than every other rule) the search
     * also counts each meeting again on its own, 64 per meeting again plus the cube, so that fewer
     * meetings again always come first (a pair meeting three times, 136, still costs more than two
     * pairs meeting twice, 130); when the rules are weighed, it counts the cube six times, so that
     * meeting again weighs more against the mixes. The rule's measure shown to staff stays the cube.
     */
    REPEATED_MEETINGS("Same people meeting again", false),
    /** Each group's horizons close to the round's shares: L1 distance of counts to size x share. */
    HORIZON_MIX("Mix of horizons", false),
    /** Pairs of people from the same organisation in one group, per round. */
    SAME_ORGANISATION("Colleagues from one organisation", false),
    /** Each group's gender counts close to the round's shares, measured like the mix of horizons. */
    GENDER_BALANCE("Gender balance", false),
    /**
     * Somebody the only one of their gender in a group of three or more, or the only one of their
     * horizon when all the others share one horizon. Soft, because it is not always avoidable.
     */
    NOBODY_ISOLATED("Nobody the only one of their kind", false);

    private final String title;
    private final boolean hard;

    MixingRule(String title, boolean hard) {
        this.title = title;
        this.hard = hard;
    }

    /** The English name; screens use the message key {@code grouping.rule.<name in kebab case>}. */
    public String title() {
        return title;
    }

    public boolean isHard() {
        return hard;
    }

    public String messageKey() {
        return "grouping.rule." + name().toLowerCase().replace('_', '-');
    }
}
