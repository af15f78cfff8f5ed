package fr.cohorte.session;

import java.util.List;

import fr.cohorte.web.Consequences;

/**
 * What other modules tie to a participant of a session (their working groups), counted so that the confirmation
 * of a withdrawal says what they leave. The session owns this extension point; the modules above it implement
 * it, so that the session never calls upward.
 */
public interface ParticipantDependents {

    /** One consequence per kind of record tied to the person as a participant of {@code session}; none when nothing is. */
    List<Consequences.Line> tiedTo(Session session, long personId, String name);
}
