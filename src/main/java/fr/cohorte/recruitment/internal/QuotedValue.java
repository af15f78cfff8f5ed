package fr.cohorte.recruitment.internal;

/**
 * A quota's value quoted in a sentence ("horizon « Parlementaires »"): requests may carry codes (a
 * horizon's id, a region's or gender's name) that {@link SelectionMessages} renders by their label in the
 * reader's language, or plain words an integrator wrote, which it quotes as given.
 */
record QuotedValue(CandidateAttribute attribute, String value) {
}
