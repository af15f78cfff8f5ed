package fr.cohorte.recruitment;

/**
 * An applicant took their application back, through their link or through staff. {@code previousStatus}
 * SELECTED means a seat of a confirmed cohort is now free: the person leaves the session's participants
 * and staff are offered a replacement from the waiting list.
 */
public record ApplicationWithdrawn(Long applicationId, Long sessionId, ApplicationStatus previousStatus) {
}
