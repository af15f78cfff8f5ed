package fr.cohorte.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such practice, recommendation or term, or none the reader may see: the same answer, so nothing hidden is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFoundException extends RuntimeException {

    public PracticeNotFoundException(String what, long id) {
        super("No " + what + " " + id);
    }
}
