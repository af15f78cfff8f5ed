package fr.cohorte.recruitment;

/** Where a juror stands with one application. */
public enum MarkStatus {
    /** Not reviewed yet. */
    TO_DO,
    /** A mark for every criterion. */
    DONE,
    /** Marked before a criterion was added: the new one still needs a mark. */
    INCOMPLETE,
    /** The juror declared a conflict of interest and takes no part. */
    CONFLICT;

    static MarkStatus of(JuryReview review, java.util.List<JuryCriterion> criteria) {
        if (review == null) {
            return TO_DO;
        }
        if (review.isConflict()) {
            return CONFLICT;
        }
        return criteria.stream().allMatch(criterion -> review.markFor(criterion) != null) ? DONE : INCOMPLETE;
    }
}
