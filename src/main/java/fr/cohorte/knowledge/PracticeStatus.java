package fr.cohorte.knowledge;

/** A practice's editorial status: only a published practice is public. */
public enum PracticeStatus {
    DRAFT,
    VALIDATED,
    PUBLISHED
}
