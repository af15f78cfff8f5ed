package fr.cohorte.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Each upload route's own size limit ({@link UploadRoute}), held from the request's declared length
 * before anything reads its body: the anonymous application form no longer accepts what the
 * publication upload does. A multipart request to any other route may hold only
 * {@link UploadRoute#FORM_ALLOWANCE}. A request over its limit gets a 413: the DSFR page
 * {@code error/413} in the reader's language, or an RFC 9457 problem under {@code /api/}. A
 * multipart request that does not declare its length (chunked) gets a 411: browsers always declare
 * it, and the servlet container would otherwise read up to the largest route's limit before
 * anyone could look. The container's own multipart limit is the largest route's; nothing of a
 * refused body is parsed, stored or handed to the application.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** The request attribute the 413 page reads the limit from, in bytes (a name Thymeleaf reads as a variable). */
    static final String LIMIT_ATTRIBUTE = "uploadLimitBytes";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilter(ObjectProvider<UploadRoutes> controllers, ObjectProvider<ApiProblems> problems) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new LimitFilter(controllers, problems));
        // Before Spring Security, whose CSRF check reads the parameters, and with them the whole multipart body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    MultipartConfigElement multipartConfigElement(ObjectProvider<UploadRoutes> controllers) {
        long largest = largest(controllers);
        return new MultipartConfigElement("", largest, largest, 0);
    }

    /**
     * After a refusal, the container reads and drops what the client still sends, up to the largest
     * route's limit, instead of closing at once: a browser shows the 413 page only once its upload is
     * through, and reports a broken connection otherwise. Nothing of it is kept.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedBodiesDrained(ObjectProvider<UploadRoutes> controllers) {
        int largest = (int) Math.min(Integer.MAX_VALUE, largest(controllers));
        return factory -> factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setMaxSwallowSize(largest);
            }
        });
    }

    private static long largest(ObjectProvider<UploadRoutes> controllers) {
        return routes(controllers).stream().mapToLong(UploadRoute::requestLimit).max().orElse(UploadRoute.FORM_ALLOWANCE.toBytes());
    }

    private static List<UploadRoute> routes(ObjectProvider<UploadRoutes> controllers) {
        return controllers.orderedStream().flatMap(controller -> controller.uploadRoutes().stream()).toList();
    }

    private static final class LimitFilter extends OncePerRequestFilter {

        /** The methods whose body counts; a GET may still carry a stale multipart type, as clients following a redirect send it. */
        private static final Set<String> CARRY_A_BODY = Set.of("POST", "PUT", "PATCH");

        private final ObjectProvider<UploadRoutes> controllers;
        private final ObjectProvider<ApiProblems> problems;
        private volatile List<Limit> limits;

        LimitFilter(ObjectProvider<UploadRoutes> controllers, ObjectProvider<ApiProblems> problems) {
            this.controllers = controllers;
            this.problems = problems;
        }

        private record Limit(PathPattern pattern, long bytes) {
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!CARRY_A_BODY.contains(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            boolean multipart = request.getContentType() != null
                    && request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
            Optional<Long> route = "POST".equals(request.getMethod()) ? limitOf(request) : Optional.empty();
            if (route.isEmpty() && !multipart) {
                chain.doFilter(request, response);
                return;
            }
            long limit = route.orElse(UploadRoute.FORM_ALLOWANCE.toBytes());
            long declared = request.getContentLengthLong();
            if (declared < 0 && multipart) {
                refuse(request, response, HttpStatus.LENGTH_REQUIRED, limit, "length-required", limit);
            } else if (declared > limit) {
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, limit, "upload-too-large", declared, limit);
            } else {
                chain.doFilter(request, response);
            }
        }

        private Optional<Long> limitOf(HttpServletRequest request) {
            if (limits == null) {
                limits = routes(controllers).stream()
                        .map(route -> new Limit(PathPatternParser.defaultInstance.parse(route.path()), route.requestLimit()))
                        .toList();
            }
            PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
            return limits.stream().filter(limit -> limit.pattern().matches(path)).map(Limit::bytes).findFirst();
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, long limit,
                            String code, Object... arguments) throws IOException {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ApiProblems api = problems.getObject();
                ProblemDetail problem = api.problem(status, code, ApiProblems.languageOf(request), arguments);
                problem.setProperty("limit", limit);
                api.write(response, problem);
                return;
            }
            request.setAttribute(LIMIT_ATTRIBUTE, limit);
            response.sendError(status.value());
        }
    }
}
