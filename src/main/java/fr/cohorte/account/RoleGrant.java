package fr.cohorte.account;

import fr.cohorte.audit.AuditDetail;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.ScopedAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A role held by an account; {@code scopeId} is the session or publication a scoped role is for,
 * 0 for the global roles.
 */
@Embeddable
public record RoleGrant(@Enumerated(EnumType.STRING) @Column(name = "role") Role role, @Column(name = "scope_id") long scopeId) {

    /** The refusal of a scoped role given without the session or book it holds for. */
    public static final String SCOPE_REQUIRED = "account.scope.required";

    /**
     * The grant of {@code role}: for a scoped role, to the session or publication {@code scopeId}, which
     * it needs (refused as {@link #SCOPE_REQUIRED}); a global role ignores it.
     */
    public static RoleGrant of(Role role, Long scopeId) {
        if (!role.isScoped()) {
            return global(role);
        }
        if (scopeId == null || scopeId <= 0) {
            throw Refusal.invalid(SCOPE_REQUIRED).exception();
        }
        return scoped(role, scopeId);
    }

    public static RoleGrant global(Role role) {
        if (role.isScoped()) {
            throw new IllegalArgumentException(role + " holds for a session or a publication");
        }
        return new RoleGrant(role, 0);
    }

    public static RoleGrant scoped(Role role, long scopeId) {
        if (!role.isScoped() || scopeId <= 0) {
            throw new IllegalArgumentException(role + " cannot be scoped to " + scopeId);
        }
        return new RoleGrant(role, scopeId);
    }

    /** The authority Spring Security checks for a scoped grant, e.g. {@code COORDINATOR:12}. */
    public String scopedAuthority() {
        return ScopedAccess.authority(role.name(), scopeId);
    }

    /** The grant as the trail tells it in each reader's language: the role, and the session or book a scoped role holds for. */
    AuditDetail inAuditTrail() {
        return AuditDetail.of("audit.detail.role." + role, scopeId);
    }
}
