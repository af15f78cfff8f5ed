package fr.cohorte.knowledge;

/** The lists practices are classified by, which staff configure. */
public enum Taxonomy {
    PRACTICE_TYPE,
    DOMAIN,
    TARGET_PUBLIC
}
