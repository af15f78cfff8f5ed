package fr.cohorte.web;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The one access policy for roles held everywhere (staff, administrators) and for roles held for one
 * session or publication (a coordinator of book 2 holds {@code COORDINATOR:2}, a juror of session 34
 * holds {@code JURY:34}). The security rules, the pages deciding which links to offer and the
 * services checking who may write all ask here, so that a scope is never compared by hand.
 */
public final class ScopedAccess {

    /** Coordinates one publication, named by its id. */
    public static final String COORDINATOR = "COORDINATOR";
    /** Participates in one session, named by its number. */
    public static final String PARTICIPANT = "PARTICIPANT";
    /** Sits on one session's jury, named by its number. */
    public static final String JURY = "JURY";

    private static final Set<String> STAFF = Set.of("ROLE_STAFF", "ROLE_ADMIN");

    private ScopedAccess() {
    }

    /** The authority a scoped grant gives, e.g. {@code COORDINATOR:12}. */
    public static String authority(String role, long scopeId) {
        return role + ":" + scopeId;
    }

    /** Staff or an administrator. */
    public static boolean isStaff(Collection<String> authorities) {
        return authorities.stream().anyMatch(STAFF::contains);
    }

    public static boolean isStaff(Authentication who) {
        return isStaff(authorities(who));
    }

    /** Holds the role for exactly this scope (a coordinator of book 1 is not one of book 12). */
    public static boolean holds(Collection<String> authorities, String role, long scopeId) {
        return authorities.contains(authority(role, scopeId));
    }

    public static boolean holds(Authentication who, String role, long scopeId) {
        return holds(authorities(who), role, scopeId);
    }

    /**
     * Holds the role for the scope written in an address ({@code /jury/sessions/{number}}): an
     * address whose scope is not a number gives no access.
     */
    public static boolean holds(Authentication who, String role, String scopeInAddress) {
        Long scope = scopeId(scopeInAddress);
        return scope != null && holds(who, role, scope);
    }

    /** Staff, or holding the role for this scope. */
    public static boolean staffOr(Authentication who, String role, long scopeId) {
        Set<String> held = authorities(who);
        return isStaff(held) || holds(held, role, scopeId);
    }

    public static boolean staffOr(Authentication who, String role, String scopeInAddress) {
        Long scope = scopeId(scopeInAddress);
        return isStaff(who) || scope != null && holds(who, role, scope);
    }

    /** The scopes the role is held for: {@code scopes(.., COORDINATOR)} gives 2 and 5 for {@code COORDINATOR:2, COORDINATOR:5}. */
    public static Set<Long> scopes(Collection<String> authorities, String role) {
        String prefix = role + ":";
        return authorities.stream().filter(authority -> authority.startsWith(prefix))
                .map(authority -> scopeId(authority.substring(prefix.length())))
                .filter(scope -> scope != null).collect(Collectors.toSet());
    }

    public static Set<Long> scopes(Authentication who, String role) {
        return scopes(authorities(who), role);
    }

    /** What a login holds; nothing for no login or an anonymous visitor. */
    public static Set<String> authorities(Authentication who) {
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return Set.of();
        }
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static Long scopeId(String written) {
        return written != null && written.matches("[1-9]\\d{0,17}") ? Long.valueOf(written) : null;
    }
}
