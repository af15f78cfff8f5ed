package fr.cohorte.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the API says no: an RFC 9457 problem whose title and detail are both in the caller's
 * language (French unless the request asks for English), whose {@code type} is
 * {@code /problems/<code>} and whose {@code code} names it for programs. Titles and details live in
 * the bundles as {@code problem.<code>.title} and {@code problem.<code>.detail}. Before this, a
 * problem had an English title written in Java above a detail in French.
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    public ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The problem {@code code}, its detail filled with {@code arguments}, in the language closest to {@code locale}. */
    public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... arguments) {
        Locale language = SupportedLanguages.closestTo(locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem." + code + ".detail", arguments, "", language));
        problem.setType(URI.create("/problems/" + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, language));
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * The problem {@code code} with a detail already written in the caller's language, for problems
     * whose detail depends on what was at fault (which limit, how many fields).
     */
    public ProblemDetail problemWithDetail(HttpStatus status, String code, Locale locale, String detail) {
        ProblemDetail problem = problem(status, code, locale);
        problem.setDetail(detail);
        return problem;
    }

    /** A message of the bundles in the language closest to {@code locale}, for the fields a problem lists. */
    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, SupportedLanguages.closestTo(locale));
    }

    /** The language of a request seen before Spring MVC has resolved it (in a filter): its Accept-Language. */
    public static Locale languageOf(HttpServletRequest request) {
        return SupportedLanguages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Writes a problem as the whole answer, from a filter or a security handler that has no message converters. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
