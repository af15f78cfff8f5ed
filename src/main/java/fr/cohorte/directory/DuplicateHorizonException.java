package fr.cohorte.directory;

/** A horizon's code or label is already another's: imports and lists could no longer tell them apart. */
public class DuplicateHorizonException extends RuntimeException {

    private final String field;

    public DuplicateHorizonException(String field) {
        super("Another horizon has the same " + field);
        this.field = field;
    }

    /** The form field at fault: {@code code}, {@code labelFr} or {@code labelEn}. */
    public String field() {
        return field;
    }
}
