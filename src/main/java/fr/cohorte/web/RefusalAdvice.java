package fr.cohorte.web;

import java.net.URI;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place a {@link RefusedException} becomes an answer. To the API, an RFC 9457 problem whose status
 * is the refusal's kind, whose title says the kind and whose detail says the refusal, in the caller's
 * language, with the refusal's code in {@code reason}. To a page: asked by a link (GET), the error page
 * with the refusal as its reason; after a form refused for the state of things or what was typed, the page the form was on, with the refusal as a message
 * above its content ({@code pageRefusal}, shown by the layout). A controller that must show the form again
 * with what was typed catches the exception itself and uses {@link Refusal#rejectInto}.
 */
public final class RefusalAdvice {

    /** The flash attribute the layout shows above a page's content. */
    public static final String PAGE_REFUSAL = "pageRefusal";

    private RefusalAdvice() {
    }

    /** The problem code of each kind, whose title the bundles give as {@code problem.<code>.title}. */
    static String problemCode(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case GONE -> "gone";
            case CONFLICT -> "refused";
            case INVALID -> "invalid";
            case MALFORMED -> "malformed";
        };
    }

    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Problems {

        private final ApiProblems problems;
        private final Refusals refusals;

        Problems(ApiProblems problems, Refusals refusals) {
            this.problems = problems;
            this.refusals = refusals;
        }

        @ExceptionHandler
        ProblemDetail refused(RefusedException refused, Locale locale) {
            Refusal refusal = refused.refusal();
            ProblemDetail problem = problems.problemWithDetail(refusal.kind().status(), problemCode(refusal.kind()), locale,
                    refusals.text(refusal, locale));
            problem.setProperty("reason", refusal.code());
            if (refusal.field() != null) {
                problem.setProperty("field", refusal.field());
            }
            return problem;
        }
    }

    @ControllerAdvice(annotations = Controller.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    static class Pages {

        private final Refusals refusals;

        Pages(Refusals refusals) {
            this.refusals = refusals;
        }

        @ExceptionHandler
        ModelAndView refused(RefusedException refused, HttpServletRequest request, Locale locale) {
            Refusal refusal = refused.refusal();
            // A form refused for the state of things or what was typed goes back to its page; a caller who may not act, or
            // who names nothing that exists, gets the error page with its status whatever the method.
            boolean aboutTheForm = refusal.kind() == Refusal.Kind.CONFLICT || refusal.kind() == Refusal.Kind.INVALID;
            if (!aboutTheForm || HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
                ModelAndView page = new ModelAndView("error", refusal.kind().status());
                page.addObject("status", refusal.kind().status().value());
                page.addObject("reason", refusals.text(refusal, locale));
                return page;
            }
            RequestContextUtils.getOutputFlashMap(request).put(PAGE_REFUSAL, refusal);
            return new ModelAndView("redirect:" + formPage(request));
        }

        /** Where the form was: the page that sent it when it is one of ours, else the action's own address. */
        private static String formPage(HttpServletRequest request) {
            String referer = request.getHeader(HttpHeaders.REFERER);
            if (referer != null) {
                try {
                    URI from = URI.create(referer);
                    if (request.getServerName().equalsIgnoreCase(from.getHost()) && from.getRawPath() != null
                            && from.getRawPath().startsWith("/")) {
                        return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                    }
                } catch (IllegalArgumentException unreadable) {
                    // not an address: fall back to the action's own
                }
            }
            return request.getRequestURI().substring(request.getContextPath().length());
        }
    }
}
