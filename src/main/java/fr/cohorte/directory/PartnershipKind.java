package fr.cohorte.directory;

public enum PartnershipKind {
    CO_EDITION,
    TRAINING_SUPPORT,
    VISIT_HOSTING,
    FUNDING,
    OTHER
}
