package fr.cohorte.knowledge;

import java.util.Collection;
import java.util.Set;

/**
 * Who coordinates a session's knowledge. A coordinator's role is granted for a publication
 * ({@code COORDINATOR:<publication id>}); they coordinate the notes, practices and recommendations
 * of that publication's session. The publication module, which knows the books, implements this;
 * knowledge, lower down, only asks.
 */
public interface SessionCoordinators {

    /** The numbers of the sessions whose books these publications are. */
    Set<Integer> sessionsOf(Collection<Long> coordinatedPublicationIds);
}
