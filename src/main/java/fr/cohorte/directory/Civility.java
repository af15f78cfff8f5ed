package fr.cohorte.directory;

/** How a person wishes to be addressed: Madame, Monsieur, or neither. */
public enum Civility {
    MS,
    MR,
    MX
}
