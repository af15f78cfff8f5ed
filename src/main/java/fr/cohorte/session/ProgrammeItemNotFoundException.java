package fr.cohorte.session;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A seminar, activity or document that does not exist, or not in the session of the address. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProgrammeItemNotFoundException extends RuntimeException {

    public ProgrammeItemNotFoundException(String kind, Object id) {
        super("No " + kind + " " + id);
    }
}
