package fr.cohorte.session;

public enum SessionStatus {
    PLANNED,
    RECRUITING,
    RUNNING,
    CLOSED
}
