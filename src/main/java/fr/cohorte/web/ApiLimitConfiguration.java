package fr.cohorte.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link ApiBodyLimits} in front of every API route. */
@Configuration(proxyBeanMethods = false)
class ApiLimitConfiguration {

    /** Spring Security's filters run at -100: the body is read only once the caller is known. */
    private static final int AFTER_SECURITY = 0;

    @Bean
    FilterRegistrationBean<ApiBodyLimits> apiBodyLimits(ApiLimitProperties limits, ApiLimitProblems problems, JsonMapper json) {
        FilterRegistrationBean<ApiBodyLimits> registration = new FilterRegistrationBean<>(new ApiBodyLimits(limits, problems, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
