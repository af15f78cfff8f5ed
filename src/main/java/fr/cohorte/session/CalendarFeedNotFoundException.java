package fr.cohorte.session;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A personal feed address that was never issued, was reset or was revoked. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CalendarFeedNotFoundException extends RuntimeException {

    CalendarFeedNotFoundException() {
        super("No calendar feed at this address");
    }
}
