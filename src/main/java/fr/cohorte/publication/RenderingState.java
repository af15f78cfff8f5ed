package fr.cohorte.publication;

public enum RenderingState {
    RENDERING,
    SUCCEEDED,
    FAILED
}
