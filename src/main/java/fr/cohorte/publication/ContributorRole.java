package fr.cohorte.publication;

public enum ContributorRole {
    COORDINATOR,
    AUTHOR,
    EDITOR
}
