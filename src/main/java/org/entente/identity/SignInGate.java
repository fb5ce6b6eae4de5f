package org.entente.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.entente.shared.Translator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * In front of everything else, so that a flood of sign-ins costs the server almost nothing: a
 * sign-in (matched as Spring Security matches it, on the decoded path) that would certainly be
 * deferred — its address or account must wait, or every password-check place and the queue are
 * taken — is answered 429 here, with a short page in the user's language, before the session,
 * the CSRF check and the error page. Only a peek: the admission that counts is {@link
 * ThrottledSignIn}'s.
 */
class SignInGate extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SecurityConfiguration.LOGIN);

    private final SignInThrottle throttle;
    private final PasswordChecks places;
    private final LocaleResolver locales;
    private final Translator messages;

    SignInGate(SignInThrottle throttle, PasswordChecks places, LocaleResolver locales, Translator messages) {
        this.throttle = throttle;
        this.places = places;
        this.locales = locales;
        this.messages = messages;
    }

    /** Every request passes here: the method, a string comparison, rules out nearly all before the path is parsed. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = throttle.waiting(request.getParameter("username"), request.getRemoteAddr());
        if (wait == null && places.full()) {
            wait = places.retryAfter();
        }
        if (wait == null) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        String message = HtmlUtils.htmlEscape(messages.t(locale, "error.429"));
        String again = HtmlUtils.htmlEscape(messages.t(locale, "login.title"));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ThrottledSignIn.Deferred.seconds(wait)));
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write("""
                        <!doctype html>
                        <html lang="%s" dir="%s"><meta charset="utf-8"><title>%s</title>
                        <main><p>%s</p><p><a href="%s">%s</a></p></main></html>
                        """.formatted(
                        locale.toLanguageTag(),
                        LanguageChoice.isRightToLeft(locale) ? "rtl" : "ltr",
                        message,
                        message,
                        request.getContextPath() + SecurityConfiguration.LOGIN,
                        again)
                .getBytes(StandardCharsets.UTF_8));
    }
}
