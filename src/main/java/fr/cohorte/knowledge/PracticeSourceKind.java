package fr.cohorte.knowledge;

/** Where a practice was learnt: a passage of a contribution, an activity of a session, a document or a link. */
public enum PracticeSourceKind {
    CONTRIBUTION,
    ACTIVITY,
    DOCUMENT,
    LINK
}
