package fr.cohorte.knowledge;

/** How far a practice has come: an idea, running, spread to other places, or stopped. */
public enum PracticeStage {
    IDEA,
    RUNNING,
    SPREAD,
    STOPPED
}
