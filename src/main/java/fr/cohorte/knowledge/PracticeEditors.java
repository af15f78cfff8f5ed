package fr.cohorte.knowledge;

import java.util.Set;

import fr.cohorte.search.VisibilityKey;
import fr.cohorte.web.ScopedAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who edits the registry: staff and administrators everywhere, and the coordinators of a session's
 * book for that session's practices and recommendations. The one place where knowledge decides it;
 * services call it for the person logged in.
 */
@Component
public class PracticeEditors {

    private final SessionCoordinators sessionCoordinators;

    PracticeEditors(SessionCoordinators sessionCoordinators) {
        this.sessionCoordinators = sessionCoordinators;
    }

    /** Whether the person logged in is staff or an administrator. */
    public boolean isStaff() {
        return ScopedAccess.isStaff(current());
    }

    /** The sessions whose knowledge the person logged in coordinates. */
    public Set<Integer> coordinatedSessions() {
        Set<Long> publications = ScopedAccess.scopes(current(), ScopedAccess.COORDINATOR);
        return publications.isEmpty() ? Set.of() : sessionCoordinators.sessionsOf(publications);
    }

    /** Staff, or a coordinator of that session; a practice of no session is staff's alone. */
    public boolean mayEdit(Integer sessionNumber) {
        return isStaff() || sessionNumber != null && coordinatedSessions().contains(sessionNumber);
    }

    /** Staff, or a coordinator of at least one session: who reaches the editing pages at all. */
    public boolean mayEditSome() {
        return isStaff() || !coordinatedSessions().isEmpty();
    }

    /** The sessions, among those given, whose practices the person logged in may write, in the same order. */
    public java.util.List<Integer> editableAmong(java.util.List<Integer> sessionNumbers) {
        if (isStaff()) {
            return sessionNumbers;
        }
        Set<Integer> coordinated = coordinatedSessions();
        return sessionNumbers.stream().filter(coordinated::contains).toList();
    }

    /**
     * Who may find a practice or recommendation in the search: everyone once published; before, staff
     * and the coordinators of its session (staff alone when it belongs to no session).
     */
    public static String[] readers(boolean published, Integer sessionNumber) {
        if (published) {
            return new String[] {VisibilityKey.PUBLIC};
        }
        return sessionNumber == null ? new String[] {VisibilityKey.STAFF}
                : new String[] {VisibilityKey.STAFF, VisibilityKey.coordinators(sessionNumber)};
    }

    public void checkMayEdit(Integer sessionNumber) {
        if (!mayEdit(sessionNumber)) {
            throw new AccessDeniedException("Not an editor of session " + sessionNumber + "'s practices");
        }
    }

    public void checkMayEditSome() {
        if (!mayEditSome()) {
            throw new AccessDeniedException("Neither staff nor a coordinator");
        }
    }

    public void checkStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("Staff only");
        }
    }

    private static Authentication current() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated() ? null : who;
    }
}
