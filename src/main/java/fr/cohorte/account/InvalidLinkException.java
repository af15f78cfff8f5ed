package fr.cohorte.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A link that was never issued, was already used, or has expired. */
@ResponseStatus(HttpStatus.GONE)
public class InvalidLinkException extends RuntimeException {

    public InvalidLinkException() {
        super("This link is unknown, used or expired");
    }
}
