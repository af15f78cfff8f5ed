package fr.cohorte.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Someone who logged in with a one-time password goes nowhere before choosing their own. */
@Component
class PasswordChangeGate implements HandlerInterceptor, WebMvcConfigurer {

    static final String CHANGE_PAGE = "/me/password";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns(CHANGE_PAGE, "/logout", "/error", "/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
        if (mustChange) {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            return false;
        }
        return true;
    }
}
