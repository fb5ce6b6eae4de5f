package org.entente.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed sign-in says the same thing whatever the cause (unknown user, wrong password, locked or
 * disabled account), and counts against both the account and the client's address.
 */
class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailure.class);

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    SignInFailure(Accounts accounts, SignInThrottle throttle, ApplicationEventPublisher events) {
        super(SecurityConfiguration.LOGIN + "?error");
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String username = request.getParameter("username");
        if (username != null && !username.isBlank()) {
            accounts.recordFailedSignIn(username.strip());
        }
        throttle.recordFailure(request.getRemoteAddr());
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
