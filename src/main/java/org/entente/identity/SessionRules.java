package org.entente.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rules for a signed-in session: it ends after the absolute timeout however active it is; a user
 * who still owes the second factor, or must change their password, can do nothing else first.
 */
class SessionRules extends OncePerRequestFilter {

    private final Duration absoluteTimeout;

    SessionRules(Duration absoluteTimeout) {
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null
                && session.getAttribute(SignInSuccess.SIGNED_IN_AT) instanceof Instant signedInAt
                && signedInAt.plus(absoluteTimeout).isBefore(Instant.now())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?expired");
            return;
        }
        String path = pathWithinApplication(request);
        if (session != null
                && session.getAttribute(SecondFactorController.PENDING) != null
                && !allowedBeforeSecondFactor(path)) {
            response.sendRedirect(request.getContextPath() + SecondFactorController.CHECK);
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && !(authentication instanceof AccessTokenAuthentication)
                && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword()
                && !allowedBeforePasswordChange(path)) {
            response.sendRedirect(request.getContextPath() + PasswordController.PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    static String pathWithinApplication(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean allowedBeforeSecondFactor(String path) {
        return path.equals(SecondFactorController.CHECK) || path.equals(SecondFactorController.SETUP) || always(path);
    }

    private static boolean allowedBeforePasswordChange(String path) {
        return path.equals(PasswordController.PATH) || always(path);
    }

    private static boolean always(String path) {
        return path.equals(SecurityConfiguration.LOGOUT)
                || path.equals(LanguageController.PATH)
                || path.equals("/error")
                || path.startsWith("/css/")
                || path.startsWith("/fonts/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/");
    }
}
