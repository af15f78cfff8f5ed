package fr.cohorte.recruitment;

/** A session's selection settings or forcing changed: the proposal for its open seats is computed again. */
record SelectionSettingsChanged(Long sessionId) {
}
