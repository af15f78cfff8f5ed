package fr.cohorte.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundInDirectoryException extends RuntimeException {

    public NotFoundInDirectoryException(String what, Long id) {
        super("No " + what + " " + id);
    }
}
