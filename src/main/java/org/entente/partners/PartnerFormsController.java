package org.entente.partners;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.partners.PartnerForms.OrganizationForm;
import org.entente.partners.PartnerForms.PersonForm;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The pages that create and change organizations and people. A refused form comes back as typed
 * with each field to correct named ({@link Forms}); the rules themselves are the services'.
 */
@Controller
class PartnerFormsController {

    static final String ORGANIZATION_VIEW = "partners/organizationForm";
    static final String PERSON_VIEW = "partners/personForm";
    static final String LABELS = "partners.field.";

    private final Organizations organizations;
    private final People people;
    private final AccessPolicy policy;
    private final Forms forms;

    PartnerFormsController(Organizations organizations, People people, AccessPolicy policy, Forms forms) {
        this.organizations = organizations;
        this.people = people;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping("/organizations/new")
    String newOrganization(@AuthenticationPrincipal Subject subject, Model model) {
        mayCreate(subject, "partners.organization.create", "organization");
        return showOrganization(subject, model, null, OrganizationForm.startingFor(subject.nation()));
    }

    @PostMapping("/organizations")
    String createOrganization(
            @AuthenticationPrincipal Subject subject,
            @Valid OrganizationForm form,
            BindingResult binding,
            Model model) {
        mayCreate(subject, "partners.organization.create", "organization");
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> organizations.create(subject, form.draft()),
                toNation(form.nation()),
                () -> showOrganization(subject, model, null, form));
    }

    @GetMapping("/organizations/{id}/edit")
    String editOrganization(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        return showOrganization(subject, model, id, OrganizationForm.of(writableOrganization(subject, id)));
    }

    @PostMapping("/organizations/{id}")
    String updateOrganization(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid OrganizationForm form,
            BindingResult binding,
            Model model) {
        writableOrganization(subject, id);
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> organizations.update(subject, id, form.draft()),
                toNation(form.nation()),
                () -> showOrganization(subject, model, id, form));
    }

    @GetMapping("/people/new")
    String newPerson(@AuthenticationPrincipal Subject subject, Model model) {
        mayCreate(subject, "partners.person.create", "person");
        return showPerson(subject, model, null, PersonForm.startingFor(subject.nation()));
    }

    @PostMapping("/people")
    String createPerson(
            @AuthenticationPrincipal Subject subject, @Valid PersonForm form, BindingResult binding, Model model) {
        mayCreate(subject, "partners.person.create", "person");
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> people.create(subject, form.draft()),
                "/people",
                () -> showPerson(subject, model, null, form));
    }

    @GetMapping("/people/{id}/edit")
    String editPerson(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        return showPerson(subject, model, id, PersonForm.of(writablePerson(subject, id)));
    }

    @PostMapping("/people/{id}")
    String updatePerson(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid PersonForm form,
            BindingResult binding,
            Model model) {
        writablePerson(subject, id);
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> people.update(subject, id, form.draft()),
                "/people",
                () -> showPerson(subject, model, id, form));
    }

    /** The list of the nation's organizations; worked out before the write, so the nation may be missing. */
    private static String toNation(String nation) {
        return "/organizations?nation=" + (nation == null ? "" : nation.strip().toUpperCase(Locale.ROOT));
    }

    /** Who may not write their nation's records is refused the page itself (403, and the try recorded). */
    private void mayCreate(Subject subject, String action, String objectType) {
        policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()))
                .orThrow(action, objectType, null, null);
    }

    /** 404 for what the subject may not read, 403 (recorded) for what they may read but not write. */
    private OrganizationSummary writableOrganization(Subject subject, long id) {
        OrganizationSummary found =
                organizations.find(subject, id).orElseThrow(() -> new NotReadable("organization", id));
        policy.mayWriteNationRecord(subject, found.label())
                .orThrow("partners.organization.update", "organization", id, found.label());
        return found;
    }

    private PersonSummary writablePerson(Subject subject, long id) {
        PersonSummary found = people.find(subject, id).orElseThrow(() -> new NotReadable("person", id));
        policy.mayWriteNationRecord(subject, found.label())
                .orThrow("partners.person.update", "person", id, found.label());
        return found;
    }

    private String showOrganization(Subject subject, Model model, Long id, OrganizationForm form) {
        show(subject, model, form.values());
        model.addAttribute("id", id);
        model.addAttribute("kinds", List.of(OrganizationKind.values()));
        model.addAttribute(
                "parents",
                organizations.visibleTo(subject).stream()
                        .filter(o -> id == null || o.id() != id)
                        .toList());
        return ORGANIZATION_VIEW;
    }

    private String showPerson(Subject subject, Model model, Long id, PersonForm form) {
        show(subject, model, form.values());
        model.addAttribute("id", id);
        model.addAttribute("organizations", organizations.visibleTo(subject));
        return PERSON_VIEW;
    }

    private static void show(Subject subject, Model model, Map<String, String> values) {
        Forms.noErrorsYet(model);
        model.addAttribute("form", values);
        model.addAttribute("classifications", AccessPolicy.classificationsFor(subject));
        model.addAttribute(
                "languages",
                org.entente.shared.web.LanguageTexts.forReader(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("label", Label.unclassified(subject.nation()));
    }
}
