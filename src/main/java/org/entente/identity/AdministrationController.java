package org.entente.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.entente.shared.Classification;
import org.entente.shared.Markings;
import org.entente.shared.PersonNames;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A nation's administrator manages that nation's accounts. */
@Controller
class AdministrationController {

    static final String ACCOUNTS = "/admin/accounts";

    /** The new-account form as posted. */
    record NewAccountForm(String username, String clearance, String language, Boolean administrator, String person) {

        /** The person chosen, or null when none (or not a number): refused as "choose a person". */
        Long personId() {
            try {
                return person == null || person.isBlank() ? null : Long.valueOf(person.strip());
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }
    }

    private final Administration administration;
    private final Markings markings;
    private final PersonNames people;

    AdministrationController(Administration administration, Markings markings, PersonNames people) {
        this.administration = administration;
        this.markings = markings;
        this.people = people;
    }

    @GetMapping(ACCOUNTS)
    String accounts(
            @AuthenticationPrincipal SignedInUser administrator, @RequestParam Map<String, String> flags, Model model) {
        model.addAttribute("done", flags.containsKey("done"));
        return page(administrator, model, null, null, null);
    }

    @PostMapping(ACCOUNTS)
    String create(
            @AuthenticationPrincipal SignedInUser administrator,
            NewAccountForm form,
            Model model,
            HttpServletResponse response) {
        try {
            String password = administration.create(
                    administrator,
                    form.username(),
                    clearance(form.clearance()),
                    form.language(),
                    Boolean.TRUE.equals(form.administrator()),
                    form.personId());
            return page(
                    administrator,
                    model,
                    Map.of(
                            "username",
                            form.username().strip().toLowerCase(java.util.Locale.ROOT),
                            "password",
                            password),
                    null,
                    null);
        } catch (AdministrationRefusedException refused) {
            response.setStatus(statusOf(refused));
            return page(administrator, model, null, refused.messageKey(), form);
        }
    }

    @PostMapping(ACCOUNTS + "/{id}/enabled")
    String enable(
            @AuthenticationPrincipal SignedInUser administrator,
            @PathVariable long id,
            @RequestParam boolean enabled,
            Model model,
            HttpServletResponse response) {
        return act(administrator, model, response, () -> administration.setEnabled(administrator, id, enabled));
    }

    @PostMapping(ACCOUNTS + "/{id}/clearance")
    String clearance(
            @AuthenticationPrincipal SignedInUser administrator,
            @PathVariable long id,
            @RequestParam String clearance,
            Model model,
            HttpServletResponse response) {
        return act(
                administrator,
                model,
                response,
                () -> administration.changeClearance(administrator, id, clearance(clearance)));
    }

    @PostMapping(ACCOUNTS + "/{id}/unlock")
    String unlock(
            @AuthenticationPrincipal SignedInUser administrator,
            @PathVariable long id,
            Model model,
            HttpServletResponse response) {
        return act(administrator, model, response, () -> administration.unlock(administrator, id));
    }

    @PostMapping(ACCOUNTS + "/{id}/password")
    String resetPassword(
            @AuthenticationPrincipal SignedInUser administrator,
            @PathVariable long id,
            Model model,
            HttpServletResponse response) {
        try {
            String password = administration.resetPassword(administrator, id);
            String username =
                    administration.find(administrator, id).orElseThrow().username();
            return page(administrator, model, Map.of("username", username, "password", password), null, null);
        } catch (AdministrationRefusedException refused) {
            response.setStatus(statusOf(refused));
            return page(administrator, model, null, refused.messageKey(), null);
        }
    }

    private String act(SignedInUser administrator, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:" + ACCOUNTS + "?done";
        } catch (AdministrationRefusedException refused) {
            response.setStatus(statusOf(refused));
            return page(administrator, model, null, refused.messageKey(), null);
        }
    }

    private String page(
            SignedInUser administrator,
            Model model,
            Map<String, String> oneTimePassword,
            String error,
            NewAccountForm form) {
        var accounts = administration.accountsOf(administrator);
        model.addAttribute("accounts", accounts);
        model.addAttribute(
                "persons",
                people.ofAccounts(
                        administrator,
                        accounts.stream().map(AccountSummary::username).toList()));
        model.addAttribute("people", people.choicesFor(administrator));
        model.addAttribute("levels", levelsUpTo(administrator.clearance()));
        model.addAttribute("oneTimePassword", oneTimePassword);
        model.addAttribute("error", error);
        model.addAttribute("form", form);
        model.addAttribute("done", model.getAttribute("done") == Boolean.TRUE);
        return "identity/accounts";
    }

    private Classification clearance(String name) {
        try {
            return markings.classification(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Another nation's account is answered as absent; everything else the rules refuse is forbidden. */
    private static int statusOf(AdministrationRefusedException refused) {
        return switch (refused.messageKey()) {
            case "admin.account.notYours" -> HttpStatus.NOT_FOUND.value();
            case "admin.username.invalid", "admin.username.taken", "admin.clearance.unknown", "admin.person.unknown" ->
                HttpStatus.UNPROCESSABLE_CONTENT.value();
            default -> HttpStatus.FORBIDDEN.value();
        };
    }

    private static java.util.List<Classification> levelsUpTo(Classification clearance) {
        return java.util.Arrays.stream(Classification.values())
                .filter(clearance::dominates)
                .toList();
    }
}
