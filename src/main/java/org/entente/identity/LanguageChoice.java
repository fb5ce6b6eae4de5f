package org.entente.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/** The four interface languages, equals, and the cookie that remembers a browser's choice. */
public final class LanguageChoice {

    public static final List<String> LANGUAGES = List.of("ar", "en", "fr", "he");
    public static final String DEFAULT = "en";

    static final String COOKIE = "ENTENTE_LANG";

    private LanguageChoice() {}

    /** The code if it is one of the four languages, otherwise null. */
    static String supported(String code) {
        if (code == null) {
            return null;
        }
        String language = Locale.forLanguageTag(code.strip()).getLanguage();
        return LANGUAGES.contains(language) ? language : null;
    }

    static String fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return supported(cookie.getValue());
            }
        }
        return null;
    }

    public static boolean isRightToLeft(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("ar") || language.equals("he") || language.equals("iw");
    }
}
