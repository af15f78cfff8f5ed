package fr.cohorte.knowledge;

/** A recommendation's status: drafted, adopted by the cohort, published (only then public). */
public enum RecommendationStatus {
    DRAFT,
    ADOPTED,
    PUBLISHED
}
