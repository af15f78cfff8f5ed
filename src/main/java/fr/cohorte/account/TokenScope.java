package fr.cohorte.account;

/** What a personal access token allows: reading only, or reading and writing. */
public enum TokenScope {
    READ,
    READ_WRITE
}
