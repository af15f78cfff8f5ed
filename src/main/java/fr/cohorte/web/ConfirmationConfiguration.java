package fr.cohorte.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Holds back every {@link Irreversible} post that is not confirmed, and answers the script that opens a
 * confirmation in a modal with the modal alone.
 */
@Configuration(proxyBeanMethods = false)
class ConfirmationConfiguration implements WebMvcConfigurer {

    /** Sent by {@code cohorte.js} when it fetches a confirmation to show it in a modal. */
    static final String MODAL_HEADER = "X-Confirmation";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConfirmationInterceptor());
    }

    static final class ConfirmationInterceptor implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Irreversible.class)
                    || !"POST".equals(request.getMethod()) || "true".equals(request.getParameter(Consequences.CONFIRMED))) {
                return true;
            }
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, request.getRequestURI());
            return false;
        }

        @Override
        public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
            if (page != null && Consequences.VIEW.equals(page.getViewName()) && request.getHeader(MODAL_HEADER) != null) {
                page.setViewName(Consequences.VIEW + " :: modal");
            }
        }
    }
}
