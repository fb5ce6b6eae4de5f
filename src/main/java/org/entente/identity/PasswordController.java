package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.entente.shared.Refused;
import org.entente.shared.web.Forms;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Changing one's own password; the first sign-in with a one-time password lands here. */
@Controller
class PasswordController {

    static final String PATH = "/account/password";
    static final String VIEW = "identity/password";

    /** The form as posted: every field names itself in error messages. */
    record PasswordChange(String currentPassword, String newPassword, String confirmation) {

        /** Refuses each empty field, then a confirmation that differs from the new password. */
        void check() {
            var errors = new ArrayList<Refused.FieldError>();
            requireValue(errors, "currentPassword", currentPassword);
            requireValue(errors, "newPassword", newPassword);
            requireValue(errors, "confirmation", confirmation);
            if (errors.isEmpty() && !newPassword.equals(confirmation)) {
                errors.add(PasswordRejectedException.field("confirmation", "password.mismatch"));
            }
            if (!errors.isEmpty()) {
                throw new Refused(errors);
            }
        }

        private static void requireValue(List<Refused.FieldError> errors, String field, String value) {
            if (value == null || value.isEmpty()) {
                errors.add(PasswordRejectedException.field(field, "validation.required"));
            }
        }
    }

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Forms forms;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts, ApplicationEventPublisher events, Forms forms) {
        this.accounts = accounts;
        this.events = events;
        this.forms = forms;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        Forms.noErrorsYet(model);
        model.addAttribute("forced", user.mustChangePassword());
        return VIEW;
    }

    @PostMapping(PATH)
    String change(
            @AuthenticationPrincipal SignedInUser user,
            PasswordChange form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        return forms.submit(
                binding,
                model,
                PasswordRejectedException.LABELS,
                () -> {
                    form.check();
                    accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
                    events.publishEvent(new SignInEvents.PasswordChanged(user.username(), user.nation()));
                    refreshSignedInUser(user, request, response);
                },
                "/?passwordChanged",
                () -> form(user, model));
    }

    /** The session keeps the account as it was at sign-in: replace it so the new state shows at once. */
    private void refreshSignedInUser(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser refreshed = accounts.load(user.getUsername()).orElseThrow();
        refreshed.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
