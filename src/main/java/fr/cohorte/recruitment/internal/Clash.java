package fr.cohorte.recruitment.internal;

/** A setting that cannot hold: the field it is about ({@code attribute}, {@code value}) and why. */
record Clash(String attribute, String value, Reason reason) {
}
