package fr.cohorte.knowledge;

/** Whom a recommendation is addressed to. */
public enum RecommendationAddressee {
    STATE,
    SOCIAL_PARTNERS,
    LOCAL_AUTHORITIES,
    COMPANIES
}
