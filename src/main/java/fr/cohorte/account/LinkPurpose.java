package fr.cohorte.account;

/** What a single-use link sent by mail is for. */
public enum LinkPurpose {
    INVITATION,
    PASSWORD_RESET
}
