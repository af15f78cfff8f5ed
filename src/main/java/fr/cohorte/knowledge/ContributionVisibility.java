package fr.cohorte.knowledge;

/**
 * Who reads a contribution, as its authors chose. Only us is the default; the public sees a
 * contribution only once a coordinator of its session approved it.
 */
public enum ContributionVisibility {
    /** The authors alone. */
    ONLY_US,
    /** The session's participants, staff and the session's coordinators. */
    COHORT,
    /** Staff and the session's coordinators (and the authors). */
    STAFF_AND_COORDINATORS,
    /** Everyone, once a coordinator approved it; until then as {@link #STAFF_AND_COORDINATORS}. */
    PUBLIC
}
