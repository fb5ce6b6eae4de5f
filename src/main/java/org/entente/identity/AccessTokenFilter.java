package org.entente.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.entente.shared.api.ApiProblems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: a valid token signs the request in as
 * its account for this request only (no session is created, so no CSRF token is needed); an
 * unknown, expired or revoked token, or a read-only token used to write, is answered with a 401 or
 * 403 problem and recorded in the audit trail. Requests without the header go on unchanged.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final AccessTokens tokens;
    private final ApiProblems problems;
    private final LocaleResolver locales;
    private final ApplicationEventPublisher events;

    AccessTokenFilter(
            AccessTokens tokens, ApiProblems problems, LocaleResolver locales, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.problems = problems;
        this.locales = locales;
        this.events = events;
    }

    /** Whether a request presents a bearer token (and so needs no CSRF token: no cookie signs it in). */
    static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiProblems.isApi(SessionRules.pathWithinApplication(request)) || !presentsToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(BEARER.length())
                .strip();
        AccessTokens.Result result = tokens.authenticate(secret);
        if (result.bearer() == null) {
            refuse(request, secret, result.username(), null, result.refusal());
            problems.write(response, HttpStatus.UNAUTHORIZED, "api.token.invalid", locales.resolveLocale(request));
            return;
        }
        SignedInUser user = result.bearer().user();
        if (!result.bearer().mayWrite() && !READING.contains(request.getMethod())) {
            refuse(request, secret, user.username(), user.nation(), "readOnly");
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new AccessTokenAuthentication(result.bearer()));
            SecurityContextHolder.setContext(context);
            problems.write(response, HttpStatus.FORBIDDEN, "api.token.readOnly", locales.resolveLocale(request));
            SecurityContextHolder.clearContext();
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AccessTokenAuthentication(result.bearer()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refuse(HttpServletRequest request, String secret, String username, String nation, String reason) {
        events.publishEvent(new AccessTokenEvents.Refused(
                AccessTokens.shownPrefix(secret),
                username,
                nation,
                reason,
                request.getMethod() + " " + request.getRequestURI(),
                request.getRemoteAddr()));
    }
}
