package fr.cohorte.knowledge;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change the caller may not make, or that breaks a rule: a message code and its arguments. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ContributionRefusedException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public ContributionRefusedException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
