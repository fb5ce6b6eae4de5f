package org.entente.identity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import org.entente.shared.NotReadable;
import org.entente.shared.web.Forms;
import org.entente.shared.web.IsoDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One's personal access tokens (under the account menu): create one (shown once), see when each
 * was last used, revoke one. Administrators may also issue a token to an account of their nation.
 */
@Controller
class AccessTokenController {

    static final String PATH = "/account/tokens";

    /** The form's names: its messages name their field themselves, its fields' ids begin with {@code token-}. */
    static final Forms.Names NAMES = new Forms.Names(Forms.ERRORS, null, "token-");

    /**
     * The form as posted. The expiry is written the way the reader writes days ({@code form/day.jte};
     * {@code ReaderDaysFilter} turns it into ISO); one that names no day reaches the service as none
     * and is refused there, naming the field, and shown again as typed.
     */
    record TokenForm(String name, String scope, String expires, String account) {

        LocalDate expiresOn() {
            return IsoDate.Check.day(expires);
        }
    }

    private final AccessTokens tokens;
    private final Forms forms;

    AccessTokenController(AccessTokens tokens, Forms forms) {
        this.tokens = tokens;
        this.forms = forms;
    }

    @GetMapping(PATH)
    String page(
            @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String revoked, Model model) {
        return page(user, model, null, null, revoked != null);
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal SignedInUser user, TokenForm form, BindingResult binding, Model model) {
        return forms.submit(
                NAMES,
                binding,
                model,
                () -> page(
                        user,
                        model,
                        tokens.issue(user, form.account(), form.name(), form.scope(), form.expiresOn())
                                .secret(),
                        null,
                        false),
                () -> page(user, model, null, form, false));
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        if (!tokens.revoke(user, id)) {
            throw new NotReadable("token", id);
        }
        return "redirect:" + PATH + "?revoked";
    }

    private String page(SignedInUser user, Model model, String secret, TokenForm form, boolean revoked) {
        Forms.noErrorsYet(model);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        model.addAttribute("tokens", tokens.of(user));
        model.addAttribute("secret", secret);
        TokenForm shown =
                form == null ? new TokenForm("", "READ", today.plusDays(90).toString(), "") : form;
        model.addAttribute(
                "form",
                Map.of(
                        "name", Objects.requireNonNullElse(shown.name(), ""),
                        "scope", Objects.requireNonNullElse(shown.scope(), ""),
                        "expires", Objects.requireNonNullElse(shown.expires(), ""),
                        "account", Objects.requireNonNullElse(shown.account(), "")));
        model.addAttribute("revoked", revoked);
        return "identity/tokens";
    }
}
