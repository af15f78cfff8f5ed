package fr.cohorte.account.internal;

import java.io.IOException;

import fr.cohorte.account.AccessTokens;
import fr.cohorte.account.TokenScope;
import fr.cohorte.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets API calls authenticate with {@code Authorization: Bearer coh_...}. A read-only token may only
 * read: anything but GET and HEAD is refused before reaching the rules of the route.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final ApiProblems problems;

    AccessTokenFilter(AccessTokens tokens, ApiProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        // Already authenticated by the metrics' scrape secret, which is a Bearer too but no personal token.
        Authentication already = SecurityContextHolder.getContext().getAuthentication();
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || (already != null && already.isAuthenticated())) {
            chain.doFilter(request, response);
            return;
        }
        var holder = tokens.authenticate(header.substring(7).trim());
        if (holder.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cohorte\", error=\"invalid_token\"");
            problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "token-invalid", ApiProblems.languageOf(request)));
            return;
        }
        boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (holder.get().scope() == TokenScope.READ && !reading) {
            problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "token-read-only", ApiProblems.languageOf(request)));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                holder.get().account().getEmail(), null, AccountUserDetailsService.authorities(holder.get().account())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
