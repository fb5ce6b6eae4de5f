package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Nations;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale a page is written in: the language chosen on this browser (or the account's, or the
 * browser's preference among the four, or English), in the region of the user's nation (or of the
 * host nation before sign-in). The region matters: a Moroccan reader of Arabic gets CLDR's {@code
 * ar-MA} month names (نونبر, not نوفمبر).
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class UserLocaleResolver implements LocaleResolver {

    private static final String CHOSEN = UserLocaleResolver.class.getName() + ".chosen";

    private final String hostRegion;

    UserLocaleResolver(EntenteProperties properties) {
        this.hostRegion = Nations.region(properties.hostNation());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String language = (String) request.getAttribute(CHOSEN);
        if (language == null) {
            language = LanguageChoice.fromCookie(request);
        }
        SignedInUser user = signedInUser();
        if (language == null
                && request.getHeader("Accept-Language") != null
                && request.getRequestURI().startsWith("/api/")) {
            // Programs say which language they want on each request, whoever's token they hold.
            language = fromAcceptLanguage(request);
        }
        if (language == null && user != null) {
            language = user.language();
        }
        if (language == null) {
            language = fromAcceptLanguage(request);
        }
        String region = user != null ? Nations.region(user.nation()) : hostRegion;
        return new Locale(language, region);
    }

    private static String fromAcceptLanguage(HttpServletRequest request) {
        var preferred = request.getLocales();
        while (preferred.hasMoreElements()) {
            String language = LanguageChoice.supported(preferred.nextElement().toLanguageTag());
            if (language != null) {
                return language;
            }
        }
        return LanguageChoice.DEFAULT;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = locale == null ? null : LanguageChoice.supported(locale.getLanguage());
        if (language == null) {
            language = LanguageChoice.DEFAULT;
        }
        request.setAttribute(CHOSEN, language);
        ResponseCookie cookie = ResponseCookie.from(LanguageChoice.COOKIE, language)
                .path("/")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static SignedInUser signedInUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
