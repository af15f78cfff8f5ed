package fr.cohorte.recruitment;

/**
 * Where an application stands. A confirmed selection turns every application still in the running into
 * SELECTED, WAITLISTED or NOT_SELECTED; the applicant may withdraw at any time.
 */
public enum ApplicationStatus {
    SUBMITTED,
    SELECTED,
    WAITLISTED,
    NOT_SELECTED,
    WITHDRAWN;

    /** Still a candidate for a seat: neither withdrawn nor turned down. */
    public boolean isInTheRunning() {
        return this == SUBMITTED || this == SELECTED || this == WAITLISTED;
    }
}
