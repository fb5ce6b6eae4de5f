package org.entente.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * One's personal access tokens (under the account menu): create one (shown once), see when each
 * was last used, revoke one. Administrators may also issue a token to an account of their nation.
 */
@Controller
class AccessTokenController {

    static final String PATH = "/account/tokens";

    /** The form as posted. */
    record TokenForm(String name, String scope, String expires, String account) {}

    private final AccessTokens tokens;

    AccessTokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> flags, Model model) {
        return page(user, model, null, Map.of(), null, flags.containsKey("revoked"));
    }

    @PostMapping(PATH)
    String create(
            @AuthenticationPrincipal SignedInUser user, TokenForm form, Model model, HttpServletResponse response) {
        LocalDate expires;
        try {
            expires = form.expires() == null
                    ? null
                    : LocalDate.parse(form.expires().strip());
        } catch (DateTimeParseException notADate) {
            expires = null;
        }
        try {
            AccessTokens.Issued issued = tokens.issue(user, form.account(), form.name(), form.scope(), expires);
            return page(user, model, issued.secret(), Map.of(), null, false);
        } catch (AccessTokenRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(user, model, null, refused.errors(), form, false);
        }
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        if (!tokens.revoke(user, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + PATH + "?revoked";
    }

    private String page(
            SignedInUser user,
            Model model,
            String secret,
            Map<String, String> errors,
            TokenForm form,
            boolean revoked) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("secret", secret);
        model.addAttribute("errors", errors);
        TokenForm shown =
                form == null ? new TokenForm("", "READ", today.plusDays(90).toString(), "") : form;
        model.addAttribute(
                "form",
                Map.of(
                        "name", String.valueOf(Objects.requireNonNullElse(shown.name(), "")),
                        "scope", Objects.requireNonNullElse(shown.scope(), ""),
                        "expires", Objects.requireNonNullElse(shown.expires(), ""),
                        "account", Objects.requireNonNullElse(shown.account(), "")));
        model.addAttribute("earliest", today.plusDays(1).toString());
        model.addAttribute("latest", today.plusYears(1).toString());
        model.addAttribute("revoked", revoked);
        return "identity/tokens";
    }
}
