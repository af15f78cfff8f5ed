package fr.cohorte.audit;

/** What the audit trail records; the names are shown to administrators through message bundles. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** An attempt refused unread, after too many wrong passwords from its address. */
    LOGIN_THROTTLED,
    LOGIN_THROTTLE_CLEARED,
    /** Earlier versions locked accounts; their entries stay readable. */
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_INVITED,
    PASSWORD_SET,
    PASSWORD_RESET_REQUESTED,
    LOGGED_OUT_EVERYWHERE,
    ROLE_GRANTED,
    ROLE_REVOKED,
    EXPORTED,
    IMPORTED,
    CREATED,
    UPDATED,
    DELETED,
    ANONYMISED,
    MERGED,
    /** The search index rebuilt from the database by an administrator. */
    REINDEXED
}
