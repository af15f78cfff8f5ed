package fr.cohorte.publication;

import fr.cohorte.web.ScopedAccess;
import org.springframework.security.core.Authentication;

/**
 * Who may manage a publication's file: staff and administrators, and the coordinators of that
 * publication. The security rules decide; this only tells pages whether to offer the link.
 */
final class PublicationAccess {

    private PublicationAccess() {
    }

    static boolean mayManage(Authentication viewer, long publicationId) {
        return ScopedAccess.staffOr(viewer, ScopedAccess.COORDINATOR, publicationId);
    }
}
