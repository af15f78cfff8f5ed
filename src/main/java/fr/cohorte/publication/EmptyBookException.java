package fr.cohorte.publication;

/** A publication without any chapter has nothing to print yet. */
public class EmptyBookException extends BookRenderingException {

    public EmptyBookException(String title) {
        super("“" + title + "” has no chapter yet");
    }
}
