package fr.cohorte.recruitment;

/** Where an application stands. Selection outcomes come with the jury and the selection. */
public enum ApplicationStatus {
    SUBMITTED,
    WITHDRAWN
}
