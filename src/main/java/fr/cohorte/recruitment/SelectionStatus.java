package fr.cohorte.recruitment;

/** How sure the selection is of its cohort. */
public enum SelectionStatus {
    /** No cohort honouring the settings has a higher total: the solver proved it. */
    OPTIMAL,
    /** The cohort honours every setting, but the time limit ran out before it was proven the best. */
    FEASIBLE,
    /** No cohort can honour the settings; the conflicts say which ones clash. */
    INFEASIBLE,
    /** The time limit ran out before any cohort was found or the settings were proven impossible. */
    UNKNOWN
}
