package fr.cohorte.knowledge;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such contribution, or none the reader may see: both look the same, so nothing hidden is revealed. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ContributionNotFoundException extends RuntimeException {

    public ContributionNotFoundException(long id) {
        super("No contribution " + id);
    }
}
