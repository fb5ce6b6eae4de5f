package org.entente.agreements;

import jakarta.validation.Valid;
import java.util.List;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.shared.web.Forms;
import org.entente.shared.web.LanguageTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page that creates an agreement. A refused form comes back as typed with each field to
 * correct named ({@link Forms}); the rules themselves are the service's.
 */
@Controller
class NewAgreementController {

    static final String FORM = "/agreements/new";
    static final String CREATE = "/agreements";
    static final String VIEW = "agreements/new";
    static final String LABELS = "agreement.new.field.";

    /** The languages a title, a summary and a place may be written in, in the form's order. */
    static final List<String> LANGUAGES = LanguageTexts.LANGUAGES;

    private final Agreements agreements;
    private final AccessPolicy policy;
    private final Forms forms;

    NewAgreementController(Agreements agreements, AccessPolicy policy, Forms forms) {
        this.agreements = agreements;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping(FORM)
    String form(@AuthenticationPrincipal Subject subject, Model model) {
        allowed(subject);
        return show(subject, model, AgreementForm.startingFor(subject.nation()));
    }

    @PostMapping(CREATE)
    String create(
            @AuthenticationPrincipal Subject subject, @Valid AgreementForm form, BindingResult binding, Model model) {
        allowed(subject);
        if (form.changesRows() && !form.tooManyRows()) {
            return show(subject, model, form); // a signatory row added or removed: nothing stored
        }
        String language =
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> "redirect:/agreements/" + agreements.create(subject, form.checkedDraft(language)),
                () -> show(subject, model, form));
    }

    /** Who may not create agreements is refused the page itself (403, and the try recorded). */
    private void allowed(Subject subject) {
        policy.mayManageAgreements(subject, Label.unclassified(subject.nation()))
                .orThrow("agreements.agreement.create", "agreement", null, null);
    }

    private String show(Subject subject, Model model, AgreementForm form) {
        Forms.noErrorsYet(model);
        model.addAttribute("form", form.values());
        model.addAttribute("chosenDomains", form.domains());
        model.addAttribute("kinds", List.of(AgreementKind.values()));
        model.addAttribute(
                "domains",
                agreements.domains().stream().filter(d -> !d.retired()).toList());
        model.addAttribute("parents", agreements.visibleTo(subject, Agreements.Filter.NONE));
        model.addAttribute("classifications", AccessPolicy.classificationsFor(subject));
        model.addAttribute(
                "languages",
                org.entente.shared.web.LanguageTexts.forReader(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("label", Label.unclassified(subject.nation()));
        return VIEW;
    }
}
