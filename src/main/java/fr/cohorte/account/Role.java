package fr.cohorte.account;

/**
 * What an account may do. COORDINATOR, PARTICIPANT and JURY hold for one publication or session,
 * named by the grant's scope; ADMIN and STAFF hold everywhere.
 */
public enum Role {
    ADMIN,
    STAFF,
    COORDINATOR,
    PARTICIPANT,
    JURY;

    public boolean isScoped() {
        return this == COORDINATOR || this == PARTICIPANT || this == JURY;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
