package fr.cohorte.session;

/** Who sees an activity: everyone on the public programme, or the cohort (and staff) only. */
public enum ActivityVisibility {
    PUBLIC,
    COHORT
}
