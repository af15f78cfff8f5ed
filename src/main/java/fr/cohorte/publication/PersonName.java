package fr.cohorte.publication;

/** A person as citations write them: given names and family name kept apart. */
public record PersonName(String given, String family) {

    /** "P.-L. Rosenfeld" */
    public String display() {
        return given == null || given.isBlank() ? family : given + " " + family;
    }

    /** "Rosenfeld, P.-L.", the order of bibliographies and library records. */
    public String inverted() {
        return given == null || given.isBlank() ? family : family + ", " + given;
    }
}
