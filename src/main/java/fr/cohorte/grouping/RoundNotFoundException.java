package fr.cohorte.grouping;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A round that is not one of the session's: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoundNotFoundException extends RuntimeException {

    public RoundNotFoundException(Long id) {
        super("No round " + id + " in this session");
    }
}
