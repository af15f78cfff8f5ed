package fr.cohorte.recruitment.internal;

/**
 * Every sentence the selection can say, as a message key. The parameters travel in a {@link Reason},
 * so that an interface renders them in its own language from the message bundles.
 */
public enum ReasonCode {
    SELECTED("selection.reason.selected"),
    SELECTED_BY_STAFF("selection.reason.selected-by-staff"),
    SELECTED_FOR_MINIMUM("selection.reason.selected-for-minimum"),
    EXCLUDED_BY_STAFF("selection.reason.excluded-by-staff"),
    SEATS_TAKEN("selection.reason.seats-taken"),
    SEATS_TAKEN_AT_A_TIE("selection.reason.seats-taken-at-a-tie"),
    QUOTA_MAXIMUM_REACHED("selection.reason.quota-maximum-reached"),
    ORGANISATION_FULL("selection.reason.organisation-full"),
    QUOTA_MINIMUM_HOLDS("selection.reason.quota-minimum-holds"),
    SWAP_LOSS("selection.reason.swap-loss-named"),
    SWAP_GAIN("selection.reason.swap-gain-named"),
    SWAP_TIE("selection.reason.swap-tie"),
    NO_SINGLE_SWAP("selection.reason.no-single-swap"),
    EXPLANATION_OUT_OF_TIME("selection.reason.out-of-time"),
    FORCING_COST("selection.forcing.cost"),
    FORCING_ALREADY_SELECTED("selection.forcing.already-selected"),
    FORCING_IMPOSSIBLE("selection.forcing.impossible"),
    FORCING_WITHOUT_COHORT("selection.forcing.without-cohort"),
    FORCING_OUT_OF_TIME("selection.forcing.out-of-time"),
    REPLACEMENT_SINGLE_SWAP("selection.replacement.single-swap"),
    REPLACEMENT_FILLED("selection.replacement.filled"),
    REPLACEMENT_RESOLVED("selection.replacement.resolved"),
    REPLACEMENT_IMPOSSIBLE("selection.replacement.impossible"),
    REPLACEMENT_SHORT("selection.replacement.short"),

    SEATS_ABOVE_APPLICATIONS("selection.conflict.seats-above-applications"),
    FORCED_IN_ABOVE_SEATS("selection.conflict.forced-in-above-seats"),
    QUOTA_MINIMUM_ABOVE_SEATS("selection.conflict.quota-minimum-above-seats"),
    QUOTA_MINIMUM_ABOVE_APPLICANTS("selection.conflict.quota-minimum-above-applicants"),
    QUOTA_MINIMUM_ABOVE_ORGANISATION_CAP("selection.conflict.quota-minimum-above-organisation-cap"),
    QUOTA_MAXIMUM_BELOW_FORCED_IN("selection.conflict.quota-maximum-below-forced-in"),
    MINIMUMS_ABOVE_SEATS("selection.conflict.minimums-above-seats"),
    MAXIMUMS_BELOW_SEATS("selection.conflict.maximums-below-seats"),
    ORGANISATION_CAP_BELOW_SEATS("selection.conflict.organisation-cap-below-seats"),
    ORGANISATION_CAP_BELOW_FORCED_IN("selection.conflict.organisation-cap-below-forced-in"),
    CLASHING_QUOTA_MINIMUM("selection.conflict.clashing-quota-minimum"),
    CLASHING_QUOTA_MAXIMUM("selection.conflict.clashing-quota-maximum"),
    CLASHING_ORGANISATION_CAP("selection.conflict.clashing-organisation-cap"),
    CLASHING_QUOTA_MINIMUM_UNMEASURED("selection.conflict.clashing-quota-minimum-unmeasured"),
    CLASHING_QUOTA_MAXIMUM_UNMEASURED("selection.conflict.clashing-quota-maximum-unmeasured"),
    CLASHING_ORGANISATION_CAP_UNMEASURED("selection.conflict.clashing-organisation-cap-unmeasured"),
    CLASHING_FORCED_IN("selection.conflict.clashing-forced-in"),
    CLASHING_FORCED_OUT("selection.conflict.clashing-forced-out"),
    CLASHING_SEATS("selection.conflict.clashing-seats"),
    TIME_LIMIT_WITHOUT_COHORT("selection.conflict.time-limit-without-cohort"),
    TIME_LIMIT_WITHOUT_CONFLICTS("selection.conflict.time-limit-without-conflicts"),

    REQUIRED("selection.invalid.required"),
    NEGATIVE("selection.invalid.negative"),
    NOT_POSITIVE("selection.invalid.not-positive"),
    TIME_LIMIT_TOO_LONG("selection.invalid.time-limit-too-long"),
    DUPLICATE_ID("selection.invalid.duplicate-id"),
    SCORE_TOO_LARGE("selection.invalid.score-too-large"),
    UNKNOWN_ATTRIBUTE("selection.invalid.unknown-attribute"),
    DUPLICATE_QUOTA("selection.invalid.duplicate-quota"),
    MIN_ABOVE_MAX("selection.invalid.min-above-max"),
    UNKNOWN_CANDIDATE("selection.invalid.unknown-candidate"),
    FORCED_IN_AND_OUT("selection.invalid.forced-in-and-out"),
    NOT_IN_COHORT("selection.invalid.not-in-cohort"),
    MORE_ERRORS("selection.invalid.more-errors");

    private final String messageKey;

    ReasonCode(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
