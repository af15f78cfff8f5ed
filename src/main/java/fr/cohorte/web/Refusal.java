package fr.cohorte.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/**
 * Why Cohorte refused what someone asked, as data: its {@link Kind} (which says the HTTP status), a
 * message code of the bundles and the code's arguments. A service throws it in a {@link RefusedException};
 * {@link RefusalAdvice} turns it into the page's message or an RFC 9457 problem, in the reader's language,
 * so that the API, the pages and any later caller meet the same rule said the same way.
 *
 * <p>Arguments are plain values (names, numbers, dates) that the message formats in the reader's locale,
 * or other {@link MessageSourceResolvable}s (a horizon's label, another refusal) that are resolved in that
 * locale too. Never a sentence written in Java. A refusal of what a form sent may name the form's
 * {@code field} at fault ({@link #on}), which the form marks and the API's problem names. Serializable, as
 * its arguments must be: a refused form carries it to the next page in the session's flash attributes,
 * which the session store serialises.
 */
public record Refusal(Kind kind, String code, List<Object> arguments, String field) implements MessageSourceResolvable, Serializable {

    /** What the refusal is about, which decides its HTTP status. */
    public enum Kind {
        /** What was asked for does not exist, or not for this caller. */
        NOT_FOUND(HttpStatus.NOT_FOUND),
        /** The caller may not do this. */
        FORBIDDEN(HttpStatus.FORBIDDEN),
        /** A link or token that is used up or expired. */
        GONE(HttpStatus.GONE),
        /** The state of the thing forbids it now: already confirmed, a solve running, changed meanwhile. */
        CONFLICT(HttpStatus.CONFLICT),
        /** What was sent breaks a rule: too long, empty, of the wrong kind. */
        INVALID(HttpStatus.UNPROCESSABLE_CONTENT),
        /** What was asked cannot be read as asked: a page number that is no number, an export format not offered. */
        MALFORMED(HttpStatus.BAD_REQUEST);

        private final HttpStatus status;

        Kind(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    public Refusal {
        arguments = List.copyOf(arguments);
    }

    public Refusal(Kind kind, String code, List<Object> arguments) {
        this(kind, code, arguments, null);
    }

    /** The same refusal, said of the form's {@code field}. */
    public Refusal on(String field) {
        return new Refusal(kind, code, arguments, field);
    }

    /** Something does not exist (a session, a round, a chapter): a 404 page or problem. */
    public static Refusal notFound(String code, Object... arguments) {
        return new Refusal(Kind.NOT_FOUND, code, Arrays.asList(arguments));
    }

    /** The caller may not do this: a 403. */
    public static Refusal forbidden(String code, Object... arguments) {
        return new Refusal(Kind.FORBIDDEN, code, Arrays.asList(arguments));
    }

    /** A link or token used up or expired: a 410. */
    public static Refusal gone(String code, Object... arguments) {
        return new Refusal(Kind.GONE, code, Arrays.asList(arguments));
    }

    /** The state of the thing forbids it now: a 409, or the page's message after a form. */
    public static Refusal conflict(String code, Object... arguments) {
        return new Refusal(Kind.CONFLICT, code, Arrays.asList(arguments));
    }

    /** What was sent breaks a rule: a 422, or the form's message. */
    public static Refusal invalid(String code, Object... arguments) {
        return new Refusal(Kind.INVALID, code, Arrays.asList(arguments));
    }

    /** What was asked cannot be read as asked: a 400. */
    public static Refusal malformed(String code, Object... arguments) {
        return new Refusal(Kind.MALFORMED, code, Arrays.asList(arguments));
    }

    /** This refusal, thrown: nothing was changed. */
    public RefusedException exception() {
        return new RefusedException(this);
    }

    /** Whether this refusal says {@code code}, for the few callers that act on one reason. */
    public boolean is(String code) {
        return this.code.equals(code);
    }

    /** Puts this refusal on a form shown again with what was typed, on its own field if it names one. */
    public void rejectInto(Errors errors) {
        rejectInto(errors, field);
    }

    /**
     * Puts this refusal on a form that is shown again with what was typed: on {@code field} when one is at
     * fault, else as the form's own error (its summary names it).
     */
    public void rejectInto(Errors errors, String field) {
        if (field == null) {
            errors.reject(code, getArguments(), null);
        } else {
            errors.rejectValue(field, code, getArguments(), null);
        }
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}
