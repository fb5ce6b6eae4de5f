package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switching the interface language, before or after sign-in; a signed-in user's choice is kept. */
@Controller
class LanguageController {

    static final String PATH = "/language";

    private final LocaleResolver localeResolver;
    private final Accounts accounts;

    LanguageController(LocaleResolver localeResolver, Accounts accounts) {
        this.localeResolver = localeResolver;
        this.accounts = accounts;
    }

    @PostMapping(PATH)
    String choose(
            @RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "return", required = false) String returnTo,
            @AuthenticationPrincipal SignedInUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        String language = LanguageChoice.supported(lang);
        if (language == null) {
            language = LanguageChoice.DEFAULT;
        }
        localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
        if (user != null) {
            accounts.changeLanguage(user.accountId(), language);
        }
        return "redirect:" + localPath(returnTo);
    }

    /** Only a path on this site: never an open redirect to another one. */
    static String localPath(String returnTo) {
        if (returnTo == null
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.contains("\\")
                || returnTo.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return returnTo;
    }
}
