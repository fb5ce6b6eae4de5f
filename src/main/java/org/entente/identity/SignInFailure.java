package org.entente.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.entente.shared.api.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A failed sign-in says the same thing whatever the cause (unknown user, wrong password, disabled
 * account); {@link ThrottledSignIn} has already counted it. A deferred one — the account or address
 * must wait, or too many passwords are being checked — is answered 429 with {@code Retry-After},
 * cheaply and without an entry in the audit trail (a flood would otherwise fill it).
 */
class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailure.class);

    private final ApplicationEventPublisher events;
    private final ApiProblems problems;
    private final LocaleResolver locales;

    SignInFailure(ApplicationEventPublisher events, ApiProblems problems, LocaleResolver locales) {
        super(SecurityConfiguration.LOGIN + "?error");
        this.events = events;
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof ThrottledSignIn.Deferred deferred) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(deferred.retryAfterSeconds()));
            if (ApiProblems.isApi(SessionRules.pathWithinApplication(request))) {
                problems.write(
                        response, HttpStatus.TOO_MANY_REQUESTS, "login.deferred", locales.resolveLocale(request));
            } else {
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            }
            return;
        }
        String username = request.getParameter("username");
        events.publishEvent(new SignInEvents.SignInRefused(
                username == null ? "" : username.strip(),
                request.getRemoteAddr(),
                exception.getClass().getSimpleName()));
        log.warn(
                "Sign-in refused for '{}' from {}: {}",
                username == null ? "" : username.strip().replaceAll("[^\\p{L}\\p{N}._@-]", "?"),
                request.getRemoteAddr(),
                exception.getClass().getSimpleName());
        super.onAuthenticationFailure(request, response, exception);
    }
}
