package fr.cohorte.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

    /** First of all filters: the session store, read before any page, is in the database too. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseAvailability database, WebApplicationContext context,
            @Qualifier("thymeleafViewResolver") ViewResolver views, LocaleResolver locales,
            @Value("${cohorte.database.retry-after:10s}") Duration retryAfter) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(database, context, views, locales, retryAfter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
