package org.entente.identity;

import java.util.Locale;
import java.util.Map;
import org.entente.shared.Classification;
import org.entente.shared.Markings;
import org.entente.shared.PersonNames;
import org.entente.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A nation's administrator manages that nation's accounts. Refusals take the one refusal path: a
 * clearance above one's own or disabling oneself is a 403 (audited), another nation's account a
 * 404; a bad username or clearance shows the new-account form again with the errors (422), or,
 * from a row of the list, the error page saying why (422).
 */
@Controller
class AdministrationController {

    static final String ACCOUNTS = "/admin/accounts";
    private static final String DONE = "redirect:" + ACCOUNTS + "?done";

    /** The new-account form's names: labels of the table's columns, ids of the fields {@code new-username}. */
    static final Forms.Names NAMES = new Forms.Names(Forms.ERRORS, "admin.column.", "new-");

    /** The new-account form as posted. */
    record NewAccountForm(String username, String clearance, String language, Boolean administrator, String person) {

        /** The person chosen, or null when none (or not a number): refused as "choose a person". */
        Long personId() {
            return person != null && person.strip().matches("[0-9]{1,18}") ? Long.valueOf(person.strip()) : null;
        }
    }

    private final Administration administration;
    private final Markings markings;
    private final Forms forms;
    private final PersonNames people;

    AdministrationController(Administration administration, Markings markings, Forms forms, PersonNames people) {
        this.administration = administration;
        this.markings = markings;
        this.forms = forms;
        this.people = people;
    }

    @GetMapping(ACCOUNTS)
    String accounts(
            @AuthenticationPrincipal SignedInUser administrator,
            @RequestParam(required = false) String done,
            Model model) {
        model.addAttribute("done", done != null);
        return page(administrator, model, null);
    }

    @PostMapping(ACCOUNTS)
    String create(
            @AuthenticationPrincipal SignedInUser administrator,
            NewAccountForm form,
            BindingResult binding,
            Model model) {
        return forms.submit(
                NAMES,
                binding,
                model,
                () -> {
                    String password = administration.create(
                            administrator,
                            form.username(),
                            clearance(form.clearance()),
                            form.language(),
                            Boolean.TRUE.equals(form.administrator()),
                            form.personId());
                    String username = form.username().strip().toLowerCase(Locale.ROOT);
                    return page(administrator, model, Map.of("username", username, "password", password));
                },
                () -> page(administrator, model, null));
    }

    @PostMapping(ACCOUNTS + "/{id}/enabled")
    String enable(
            @AuthenticationPrincipal SignedInUser administrator, @PathVariable long id, @RequestParam boolean enabled) {
        administration.setEnabled(administrator, id, enabled);
        return DONE;
    }

    @PostMapping(ACCOUNTS + "/{id}/clearance")
    String clearance(
            @AuthenticationPrincipal SignedInUser administrator,
            @PathVariable long id,
            @RequestParam String clearance) {
        administration.changeClearance(administrator, id, clearance(clearance));
        return DONE;
    }

    @PostMapping(ACCOUNTS + "/{id}/unlock")
    String unlock(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id) {
        administration.unlock(administrator, id);
        return DONE;
    }

    @PostMapping(ACCOUNTS + "/{id}/password")
    String resetPassword(@AuthenticationPrincipal SignedInUser administrator, @PathVariable long id, Model model) {
        String password = administration.resetPassword(administrator, id);
        String username = administration.find(administrator, id).orElseThrow().username();
        return page(administrator, model, Map.of("username", username, "password", password));
    }

    private String page(SignedInUser administrator, Model model, Map<String, String> oneTimePassword) {
        Forms.noErrorsYet(model);
        var accounts = administration.accountsOf(administrator);
        model.addAttribute("accounts", accounts);
        model.addAttribute(
                "persons",
                people.ofAccounts(
                        administrator,
                        accounts.stream().map(AccountSummary::username).toList()));
        model.addAttribute("people", people.choicesFor(administrator));
        model.addAttribute("levels", administration.grantable(administrator));
        model.addAttribute("oneTimePassword", oneTimePassword);
        model.addAttribute("done", model.getAttribute("done") == Boolean.TRUE);
        return "identity/accounts";
    }

    /** The classification so named by this deployment's markings, or null (refused by the rules). */
    private Classification clearance(String name) {
        return markings.find(name).orElse(null);
    }
}
