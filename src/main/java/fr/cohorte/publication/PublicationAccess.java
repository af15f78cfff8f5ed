package fr.cohorte.publication;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may manage a publication's file: staff and administrators, and the coordinators of that
 * publication. The security rules decide; this only tells pages whether to offer the link.
 */
final class PublicationAccess {

    private PublicationAccess() {
    }

    static boolean mayManage(Authentication viewer, long publicationId) {
        if (viewer == null || !viewer.isAuthenticated()) {
            return false;
        }
        String coordinator = "COORDINATOR:" + publicationId;
        return viewer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals("ROLE_STAFF") || authority.equals("ROLE_ADMIN") || authority.equals(coordinator));
    }
}
