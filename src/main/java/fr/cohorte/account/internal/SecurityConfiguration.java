package fr.cohorte.account.internal;

import java.io.IOException;

import fr.cohorte.account.AccessTokens;
import fr.cohorte.directory.AlumniDirectoryProperties;
import fr.cohorte.web.ApiProblems;
import fr.cohorte.web.ScopedAccess;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what. Every path is closed unless a rule below opens it, so a new page without a
 * rule is refused (and the authorisation matrix test names it).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Where the login form keeps the address someone typed, so a wrong password does not erase it. */
    static final String LAST_LOGIN_EMAIL = "cohorte.lastLoginEmail";

    /** Where the login form keeps the minutes to wait after too many wrong passwords, for its message. */
    static final String MINUTES_TO_WAIT = "cohorte.loginMinutesToWait";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The API authenticates each request by itself (Basic or a personal access token) and never
     * reads the browser's session cookie: a logged-in browser therefore cannot be tricked into an
     * API write, which is what CSRF protection would otherwise have to prevent.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, ApiProblems problems) throws Exception {
        AuthenticationEntryPoint unauthorised = (request, response, e) -> unauthorised(problems, request, response, e);
        http.securityMatcher("/api/**")
                .addFilterBefore(new AccessTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/selection/**", "/api/v1/mixing/**").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/sessions", "/api/v1/sessions/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/sessions", "/api/v1/sessions/**").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/sessions/**").hasAnyRole("STAFF", "ADMIN")
                        // knowledge: the registry of practices; the public reads published ones, editors also theirs.
                        .requestMatchers(HttpMethod.GET, "/api/v1/practices").permitAll()
                        // The API's own description (OpenAPI), for whoever may call it.
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi", "/api/v1/openapi.yaml").authenticated()
                        .anyRequest().denyAll());
        return stateless(http, problems, unauthorised).build();
    }

    /** What the API and the metrics share: credentials on each call, never a session, problems as answers. */
    private static HttpSecurity stateless(HttpSecurity http, ApiProblems problems, AuthenticationEntryPoint unauthorised) throws Exception {
        return http
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorised))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "forbidden", ApiProblems.languageOf(request)))))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    }

    /**
     * Prometheus reads {@code /actuator/prometheus} with the scrape secret ({@link MetricsScrapeProperties}),
     * or an administrator with Basic or a personal access token; nobody else, and never with a session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, AccessTokens tokens, ApiProblems problems, MetricsScrapeProperties scrape)
            throws Exception {
        AuthenticationEntryPoint unauthorised = (request, response, e) -> unauthorised(problems, request, response, e);
        http.securityMatcher("/actuator/prometheus")
                .addFilterBefore(new MetricsScrapeFilter(scrape), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccessTokenFilter(tokens, problems), MetricsScrapeFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasAnyRole("ADMIN", MetricsScrapeFilter.ROLE)
                        .anyRequest().denyAll());
        return stateless(http, problems, unauthorised).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
                            AccountOidcUserService oidcAccounts, AlumniDirectoryProperties alumni,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> pages)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        // The cohort's whole programme (logistics, cohort-only items) is for staff; participants read theirs at /me/programme.
                        .requestMatchers(HttpMethod.GET, "/sessions/*/programme/cohort", "/sessions/*/programme/cohort/**").hasAnyRole("STAFF", "ADMIN")
                        // Personal calendar feeds: the secret address is the credential, calendar clients do not log in.
                        .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                        // Server-sent events finish on an async dispatch of a request already authorised.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/sessions/**", "/pages/**", "/error",
                                "/dsfr/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        // search: anyone searches; the query itself keeps each reader to what they may see.
                        .requestMatchers(HttpMethod.GET, "/search").permitAll()
                        .requestMatchers("/login", "/invitation/**", "/password/**").permitAll()
                        // The public application form: anyone may apply while a session's call is open.
                        .requestMatchers(HttpMethod.POST, "/sessions/*/apply").permitAll()
                        // The withdrawal link of an acknowledgement: its secret is the credential, applicants do not log in.
                        .requestMatchers("/applications/withdraw/*").permitAll()
                        .requestMatchers("/oauth2/**", "/login/oauth2/**").permitAll()
                        .requestMatchers("/publications/{id}/manage", "/publications/{id}/manage/**").access(staffOrCoordinatorOf("id"))
                        .requestMatchers(HttpMethod.GET, "/publications", "/publications/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/publications/*/pdf", "/publications/*/epub").permitAll()
                        .requestMatchers(HttpMethod.GET, "/oai").permitAll()
                        .requestMatchers(HttpMethod.POST, "/oai").permitAll()
                        // The jury's pages: the session's jurors mark, staff read (the grant's scope is the session's number).
                        .requestMatchers(HttpMethod.GET, "/jury/sessions/{number}/**").access(staffOrJurorOf("number"))
                        .requestMatchers(HttpMethod.POST, "/jury/sessions/{number}/**").access(jurorOf("number"))
                        // knowledge: practices and recommendations. Anyone reads what is published (the service hides
                        // drafts from all but their editors); staff keep the lists; editing pages let staff and
                        // coordinators through, and the service refuses a coordinator another session's practice.
                        .requestMatchers(HttpMethod.GET, "/practices", "/practices/**", "/recommendations", "/recommendations/**").permitAll()
                        .requestMatchers("/knowledge/taxonomies", "/knowledge/taxonomies/**").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers("/knowledge/practices", "/knowledge/practices/**", "/knowledge/recommendations",
                                "/knowledge/recommendations/**").authenticated()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/directory/**").hasAnyRole("STAFF", "ADMIN")
                        .requestMatchers("/staff/**").hasAnyRole("STAFF", "ADMIN")
                        // Activity documents: the controller lets staff and the session's participants through.
                        .requestMatchers(HttpMethod.GET, "/documents/activities/**").authenticated()
                        .requestMatchers("/me", "/me/**", "/logout").authenticated()
                        // knowledge: anyone may ask for a contribution or a session's list (the service shows each reader
                        // only what they may read, an approved public one to anyone); writing, versions, co-authors and
                        // approvals need a login, and the service checks authors, participants and coordinators.
                        .requestMatchers(HttpMethod.GET, "/knowledge/contributions/{id:\\d+}", "/knowledge/contributions/*/attachments/*",
                                "/knowledge/sessions/*/contributions").permitAll()
                        .requestMatchers("/knowledge/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/alumni", "/alumni/**").access(alumniReaders(alumni.directory()))
                        .anyRequest().access(deniedUnlessNoPageAnswers(pages)))
                // Harvesters post OAI-PMH requests without a session or a token; the protocol only reads.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> "/oai".equals(request.getServletPath())))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/me", false)
                        .failureHandler(new RememberingFailureHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
                // A draft saved after the login expired (its CSRF token went with the session) is sent to log in again,
                // as any page would be: the editor's script keeps the text and says so.
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(SecurityConfiguration::deniedOrExpired))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        // Single sign-on exists only when an identity provider is configured (see SingleSignOnEnvironment).
        if (identityProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .defaultSuccessUrl("/me", false)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts))
                    .failureHandler(SecurityConfiguration::singleSignOnRefused));
        }
        return http.build();
    }

    /**
     * What no rule above lets through stays refused, except an address no page answers: it goes on to its
     * 404 page, so that a mistyped or stale link reads "not found" rather than "not allowed".
     */
    private static AuthorizationManager<RequestAuthorizationContext> deniedUnlessNoPageAnswers(
            ObjectProvider<RequestMappingHandlerMapping> pages) {
        return (authentication, context) -> {
            try {
                return new AuthorizationDecision(pages.getObject().getHandler(context.getRequest()) == null);
            } catch (Exception matchedAnotherWay) {
                // A page answers this path with another method, or the match itself failed: refused as before.
                return new AuthorizationDecision(false);
            }
        };
    }

    /**
     * Staff and administrators, or a coordinator of the publication whose id is the path variable
     * (their grant gives them the authority {@code COORDINATOR:<id>}).
     */
    private static AuthorizationManager<RequestAuthorizationContext> staffOrCoordinatorOf(String variable) {
        return (authentication, context) -> new AuthorizationDecision(
                ScopedAccess.staffOr(authentication.get(), ScopedAccess.COORDINATOR, context.getVariables().get(variable)));
    }

    /** Staff and administrators, or a juror of the session whose number is the path variable ({@code JURY:<number>}). */
    private static AuthorizationManager<RequestAuthorizationContext> staffOrJurorOf(String variable) {
        return (authentication, context) -> new AuthorizationDecision(
                ScopedAccess.staffOr(authentication.get(), ScopedAccess.JURY, context.getVariables().get(variable)));
    }

    /** Only a juror of the session whose number is the path variable: staff read the jury's pages but do not mark. */
    private static AuthorizationManager<RequestAuthorizationContext> jurorOf(String variable) {
        return (authentication, context) -> new AuthorizationDecision(
                ScopedAccess.holds(authentication.get(), ScopedAccess.JURY, context.getVariables().get(variable)));
    }

    /** The alumni directory's readers, as the institute chose them (cohorte.alumni.directory). */
    private static AuthorizationManager<RequestAuthorizationContext> alumniReaders(AlumniDirectoryProperties.Audience audience) {
        return switch (audience) {
            case PUBLIC -> (authentication, context) -> new AuthorizationDecision(true);
            case PARTICIPANTS -> AuthorityAuthorizationManager.hasAnyRole("PARTICIPANT", "STAFF", "ADMIN");
            case OFF -> (authentication, context) -> new AuthorizationDecision(false);
        };
    }

    private static void unauthorised(ApiProblems problems, HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
            problems.write(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", ApiProblems.languageOf(request),
                    throttled.seconds()));
            return;
        }
        // A Bearer challenge, not Basic: browsers never pop up a Basic prompt and so never cache
        // credentials they would then send on their own.
        response.setHeader("WWW-Authenticate", "Bearer realm=\"cohorte\"");
        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", ApiProblems.languageOf(request)));
    }

    private static final AccessDeniedHandler DENIED = new AccessDeniedHandlerImpl();

    /** A form posted after the login expired is no attack: its sender is asked to log in again; anything else is refused. */
    private static void deniedOrExpired(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        Authentication who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
        if (denied instanceof MissingCsrfTokenException && anonymous
                && request.getRequestURI().startsWith(request.getContextPath() + "/knowledge/")) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        DENIED.handle(request, response, denied);
    }

    /** Sends back to the login page with the reason the provider's word was not enough. */
    private static void singleSignOnRefused(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
        String code = exception instanceof OAuth2AuthenticationException refused ? refused.getError().getErrorCode() : "";
        String reason = switch (code) {
            case AccountOidcUserService.NO_ACCOUNT -> "noAccount";
            default -> "ssoFailed";
        };
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    /**
     * Sends back to the form with the address kept, saying either that the address or password is
     * wrong or how long to wait: the same words whether the address has an account or not.
     */
    private static final class RememberingFailureHandler implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            request.getSession().setAttribute(LAST_LOGIN_EMAIL, request.getParameter("email"));
            if (exception instanceof LoginThrottledException throttled) {
                request.getSession().setAttribute(MINUTES_TO_WAIT, throttled.minutes());
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
