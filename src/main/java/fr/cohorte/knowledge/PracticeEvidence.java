package fr.cohorte.knowledge;

/**
 * How strongly a practice's results are established, from the strongest tier to the weakest. Each
 * tier has a name and a one-line definition in the message bundles
 * ({@code practice.evidence.<TIER>} and {@code practice.evidence.<TIER>.definition}).
 */
public enum PracticeEvidence {
    /** An evaluation that compares with a group or territory without the practice. */
    ROBUST_EVALUATION,
    /** An evaluation written up with its method, without comparison. */
    DOCUMENTED_EVALUATION,
    /** Indicators followed over time by those who run it. */
    MEASURED_MONITORING,
    /** A described case: what was done, by whom, with what visible effects. */
    CASE_STUDY,
    /** What actors say of it, nothing more. */
    TESTIMONY
}
