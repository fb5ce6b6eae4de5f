package org.entente.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a successful sign-in: clear the failure count, note when the session began (for the absolute
 * timeout), and bring back the user's language — unless they just chose one on the sign-in page,
 * which then becomes their remembered choice.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String SIGNED_IN_AT = SignInSuccess.class.getName() + ".signedInAt";

    private static final Logger log = LoggerFactory.getLogger(SignInSuccess.class);

    private final Accounts accounts;
    private final LocaleResolver localeResolver;
    private final ApplicationEventPublisher events;
    private final SecondFactor secondFactor;

    SignInSuccess(
            Accounts accounts,
            LocaleResolver localeResolver,
            ApplicationEventPublisher events,
            SecondFactor secondFactor) {
        this.accounts = accounts;
        this.localeResolver = localeResolver;
        this.events = events;
        this.secondFactor = secondFactor;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        var user = (SignedInUser) authentication.getPrincipal();
        accounts.recordSuccessfulSignIn(user.accountId());
        events.publishEvent(new SignInEvents.SignedIn(user.username(), user.nation(), request.getRemoteAddr()));
        request.getSession().setAttribute(SIGNED_IN_AT, Instant.now());
        String chosen = LanguageChoice.fromCookie(request);
        if (chosen != null && !chosen.equals(user.language())) {
            accounts.changeLanguage(user.accountId(), chosen);
        } else {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(user.language()));
        }
        log.info("Signed in: {} ({}) from {}", user.getUsername(), user.nation(), request.getRemoteAddr());
        if (secondFactor.requiredFor(user) || secondFactor.enrolled(user.accountId())) {
            request.getSession().setAttribute(SecondFactorController.PENDING, Boolean.TRUE);
            getRedirectStrategy().sendRedirect(request, response, SecondFactorController.CHECK);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
