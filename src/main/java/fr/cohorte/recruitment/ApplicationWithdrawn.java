package fr.cohorte.recruitment;

/**
 * An applicant took their application back, through their link or through staff. {@code previousStatus}
 * SELECTED means a seat of a confirmed cohort is now free: the person leaves the session's participants
 * and staff are offered a replacement from the waiting list. {@code byStaff} says who did it, so that
 * sentences say it as it was ("withdrew" or "withdrawn by staff").
 */
public record ApplicationWithdrawn(Long applicationId, Long sessionId, ApplicationStatus previousStatus, boolean byStaff) {

    /** The applicant withdrew through their own link. */
    public ApplicationWithdrawn(Long applicationId, Long sessionId, ApplicationStatus previousStatus) {
        this(applicationId, sessionId, previousStatus, false);
    }
}
