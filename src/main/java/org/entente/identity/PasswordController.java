package org.entente.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Changing one's own password; the first sign-in with a one-time password lands here. */
@Controller
class PasswordController {

    static final String PATH = "/account/password";

    /** The form as posted: every field names itself in error messages. */
    record PasswordChange(String currentPassword, String newPassword, String confirmation) {}

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("forced", user.mustChangePassword());
        return "identity/password";
    }

    @PostMapping(PATH)
    String change(
            @AuthenticationPrincipal SignedInUser user,
            PasswordChange form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireValue(errors, "currentPassword", form.currentPassword());
        requireValue(errors, "newPassword", form.newPassword());
        requireValue(errors, "confirmation", form.confirmation());
        if (errors.isEmpty() && !form.newPassword().equals(form.confirmation())) {
            errors.put("confirmation", "password.mismatch");
        }
        if (errors.isEmpty()) {
            try {
                accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
            } catch (PasswordRejectedException rejected) {
                String field =
                        rejected.messageKey().equals("password.currentWrong") ? "currentPassword" : "newPassword";
                errors.put(field, rejected.messageKey());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("errors", errors);
            model.addAttribute("forced", user.mustChangePassword());
            return "identity/password";
        }
        events.publishEvent(new SignInEvents.PasswordChanged(user.username(), user.nation()));
        refreshSignedInUser(user, request, response);
        return "redirect:/?passwordChanged";
    }

    private static void requireValue(Map<String, String> errors, String field, String value) {
        if (value == null || value.isEmpty()) {
            errors.put(field, "validation.required");
        }
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
