package fr.cohorte.recruitment.internal;

import fr.cohorte.recruitment.SelectionStatus;

/** What one solver run found: the cohort as a flag per application, its scaled total, and how long it took. */
record Solution(SelectionStatus status, boolean[] selected, long total, long millis) {

    boolean found() {
        return status == SelectionStatus.OPTIMAL || status == SelectionStatus.FEASIBLE;
    }
}
