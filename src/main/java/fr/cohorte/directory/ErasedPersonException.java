package fr.cohorte.directory;

/** The person was erased: what remains of them in the directory is kept as it is and no longer edited. */
public class ErasedPersonException extends RuntimeException {

    public ErasedPersonException(Long id) {
        super("Person " + id + " was erased");
    }
}
