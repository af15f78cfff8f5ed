package fr.cohorte.knowledge;

/** Where a practice takes place: a French region, a French department, or a country abroad. */
public enum TerritoryKind {
    REGION,
    DEPARTMENT,
    COUNTRY
}
