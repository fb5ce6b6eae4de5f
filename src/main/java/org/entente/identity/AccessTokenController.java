package org.entente.identity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import org.entente.shared.NotReadable;
import org.entente.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
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

    /** The form as posted; a date the browser could not have sent is refused as "not a valid value". */
    record TokenForm(
            String name,
            String scope,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expires,
            String account) {}

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
                        tokens.issue(user, form.account(), form.name(), form.scope(), form.expires())
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
        TokenForm shown = form == null ? new TokenForm("", "READ", today.plusDays(90), "") : form;
        model.addAttribute(
                "form",
                Map.of(
                        "name", Objects.requireNonNullElse(shown.name(), ""),
                        "scope", Objects.requireNonNullElse(shown.scope(), ""),
                        "expires",
                                shown.expires() == null ? "" : shown.expires().toString(),
                        "account", Objects.requireNonNullElse(shown.account(), "")));
        model.addAttribute("earliest", today.plusDays(1).toString());
        model.addAttribute("latest", today.plusYears(1).toString());
        model.addAttribute("revoked", revoked);
        return "identity/tokens";
    }
}
