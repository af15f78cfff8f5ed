package fr.cohorte.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * While the database is down, frozen or restarting, every page answers at once with the DSFR
 * "service temporarily unavailable" page (503 and {@code Retry-After}), and every API call with a
 * problem, instead of a stack trace after a long wait. It wraps everything else, the session store
 * and the security filters included, since they read the database too. Nothing is half-written:
 * the transaction of the request was rolled back by the failure.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final DatabaseAvailability database;
    private final WebApplicationContext context;
    private final ViewResolver views;
    private final LocaleResolver locales;
    private final Duration retryAfter;
    private final OutageReports outages = new OutageReports(Duration.ofSeconds(10));

    DatabaseUnavailableFilter(DatabaseAvailability database, WebApplicationContext context, ViewResolver views, LocaleResolver locales,
                              Duration retryAfter) {
        this.database = database;
        this.context = context;
        this.views = views;
        this.locales = locales;
        this.retryAfter = retryAfter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !database.isOutage(failure)) {
                throw failure;
            }
            report(request, failure);
            answerUnavailable(request, response);
        }
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Locale locale = locale(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ApiProblems problems = context.getBean(ApiProblems.class);
            problems.write(response, problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", locale,
                    Math.max(1, retryAfter.toSeconds())));
            return;
        }
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocale(locale));
        try {
            View page = views.resolveViewName("error/503", locale);
            if (page == null) {
                throw new ServletException("No view error/503");
            }
            page.render(Map.of("status", 503, "unsaved", !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())),
                    request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /** The language of the page asked for: {@code ?lang=} is read by an interceptor that did not run. */
    private Locale locale(HttpServletRequest request) {
        String requested = request.getParameter("lang");
        if (requested != null && !requested.isBlank()) {
            return SupportedLanguages.closestTo(Locale.forLanguageTag(requested));
        }
        return locales.resolveLocale(request);
    }

    private void report(HttpServletRequest request, Throwable failure) {
        outages.report().ifPresent(silenced -> log.warn("Database unavailable: {} {} answered 503 ({} more since the last report): {}",
                request.getMethod(), request.getRequestURI(), silenced, OutageReports.rootCause(failure).toString()));
    }

    private record FixedLocale(Locale locale) implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return locale;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale ignored) {
        }
    }
}
