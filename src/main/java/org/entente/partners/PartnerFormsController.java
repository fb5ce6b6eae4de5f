package org.entente.partners;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages that create and change organizations and people. The forms post every field as typed,
 * so that a refused form comes back as typed with each field to correct named; the rules themselves
 * are the services'.
 */
@Controller
class PartnerFormsController {

    private final Organizations organizations;
    private final People people;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    PartnerFormsController(Organizations organizations, People people, AccessPolicy policy, AuditTrail audit) {
        this.organizations = organizations;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping("/organizations/new")
    String newOrganization(@AuthenticationPrincipal Subject subject, Model model) {
        mayCreate(subject, "partners.organization.create", "organization");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("nation", subject.nation());
        form.add("classification", Classification.UNCLASSIFIED.name());
        showOrganization(subject, model, null, form, Map.of());
        return "partners/organizationForm";
    }

    @PostMapping("/organizations")
    String createOrganization(
            @AuthenticationPrincipal Subject subject,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        mayCreate(subject, "partners.organization.create", "organization");
        Map<String, String> errors = new LinkedHashMap<>();
        OrganizationDraft draft = organizationDraft(form, errors);
        try {
            if (errors.isEmpty()) {
                organizations.create(subject, draft);
                return "redirect:/organizations?nation="
                        + draft.nation().strip().toUpperCase(java.util.Locale.ROOT);
            }
        } catch (PartnerInvalidException invalid) {
            invalid.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        showOrganization(subject, model, null, form, errors);
        return "partners/organizationForm";
    }

    @GetMapping("/organizations/{id}/edit")
    String editOrganization(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        OrganizationSummary organization = writableOrganization(subject, id);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("nation", organization.nation());
        if (organization.parentId() != null) {
            form.add("parentId", Long.toString(organization.parentId()));
        }
        form.add("kind", organization.kind().name());
        putTexts(form, "name", organization.name());
        if (organization.abbreviation() != null) {
            form.add("abbreviation", organization.abbreviation());
        }
        putLabel(form, organization.label(), organization.illustrative());
        showOrganization(subject, model, id, form, Map.of());
        return "partners/organizationForm";
    }

    @PostMapping("/organizations/{id}")
    String updateOrganization(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        writableOrganization(subject, id);
        Map<String, String> errors = new LinkedHashMap<>();
        OrganizationDraft draft = organizationDraft(form, errors);
        try {
            if (errors.isEmpty()) {
                organizations.update(subject, id, draft);
                return "redirect:/organizations?nation="
                        + draft.nation().strip().toUpperCase(java.util.Locale.ROOT);
            }
        } catch (PartnerInvalidException invalid) {
            invalid.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        showOrganization(subject, model, id, form, errors);
        return "partners/organizationForm";
    }

    @GetMapping("/people/new")
    String newPerson(@AuthenticationPrincipal Subject subject, Model model) {
        mayCreate(subject, "partners.person.create", "person");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("nation", subject.nation());
        form.add("classification", Classification.UNCLASSIFIED.name());
        showPerson(subject, model, null, form, Map.of());
        return "partners/personForm";
    }

    @PostMapping("/people")
    String createPerson(
            @AuthenticationPrincipal Subject subject,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        mayCreate(subject, "partners.person.create", "person");
        Map<String, String> errors = new LinkedHashMap<>();
        PersonDraft draft = personDraft(form, errors);
        try {
            if (errors.isEmpty()) {
                people.create(subject, draft);
                return "redirect:/people";
            }
        } catch (PartnerInvalidException invalid) {
            invalid.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        showPerson(subject, model, null, form, errors);
        return "partners/personForm";
    }

    @GetMapping("/people/{id}/edit")
    String editPerson(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        PersonSummary person = writablePerson(subject, id);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("nation", person.nation());
        if (person.organizationId() != null) {
            form.add("organizationId", Long.toString(person.organizationId()));
        }
        form.add("nameLatin", person.nameLatin());
        if (person.nameNative() != null) {
            form.add("nameNative", person.nameNative());
        }
        putTexts(form, "rank", person.rank());
        putTexts(form, "position", person.position());
        putLabel(form, person.label(), person.illustrative());
        showPerson(subject, model, id, form, Map.of());
        return "partners/personForm";
    }

    @PostMapping("/people/{id}")
    String updatePerson(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        writablePerson(subject, id);
        Map<String, String> errors = new LinkedHashMap<>();
        PersonDraft draft = personDraft(form, errors);
        try {
            if (errors.isEmpty()) {
                people.update(subject, id, draft);
                return "redirect:/people";
            }
        } catch (PartnerInvalidException invalid) {
            invalid.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        showPerson(subject, model, id, form, errors);
        return "partners/personForm";
    }

    /** Who may not write their nation's records is refused the page itself (and the try recorded). */
    private void mayCreate(Subject subject, String action, String objectType) {
        var decision = policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()));
        if (!decision.allowed()) {
            audit.recordSeparately(
                    AuditEvent.denied(action, objectType, null, null).with("reason", decision.reason()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** 404 for what the subject may not read, 403 (recorded) for what they may read but not write. */
    private OrganizationSummary writableOrganization(Subject subject, long id) {
        OrganizationSummary found =
                organizations.find(subject, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        denyUnless(subject, "partners.organization.update", "organization", id, found.label());
        return found;
    }

    private PersonSummary writablePerson(Subject subject, long id) {
        PersonSummary found =
                people.find(subject, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        denyUnless(subject, "partners.person.update", "person", id, found.label());
        return found;
    }

    private void denyUnless(Subject subject, String action, String objectType, long id, Label label) {
        var decision = policy.mayWriteNationRecord(subject, label);
        if (!decision.allowed()) {
            audit.recordSeparately(AuditEvent.denied(action, objectType, Long.toString(id), label)
                    .with("reason", decision.reason()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private void showOrganization(
            Subject subject, Model model, Long id, MultiValueMap<String, String> form, Map<String, String> errors) {
        show(subject, model, form, errors);
        model.addAttribute("id", id);
        model.addAttribute("kinds", List.of(OrganizationKind.values()));
        model.addAttribute(
                "parents",
                organizations.visibleTo(subject).stream()
                        .filter(o -> id == null || o.id() != id)
                        .toList());
    }

    private void showPerson(
            Subject subject, Model model, Long id, MultiValueMap<String, String> form, Map<String, String> errors) {
        show(subject, model, form, errors);
        model.addAttribute("id", id);
        model.addAttribute("organizations", organizations.visibleTo(subject));
    }

    private static void show(
            Subject subject, Model model, MultiValueMap<String, String> form, Map<String, String> errors) {
        var values = new LinkedHashMap<String, String>();
        form.forEach((name, typed) -> values.put(name, typed.isEmpty() ? "" : typed.get(0)));
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "classifications",
                Arrays.stream(Classification.values())
                        .filter(c -> subject.clearance().dominates(c))
                        .toList());
        model.addAttribute("languages", Drafts.LANGUAGES);
        model.addAttribute("label", Label.unclassified(subject.nation()));
    }

    private static OrganizationDraft organizationDraft(MultiValueMap<String, String> form, Map<String, String> errors) {
        return new OrganizationDraft(
                first(form, "nation"),
                id(form, "parentId", "partners.refused.parent", errors),
                first(form, "kind"),
                texts(form, "name"),
                first(form, "abbreviation"),
                form.containsKey("illustrative"),
                first(form, "classification"),
                list(first(form, "releasableTo")));
    }

    private static PersonDraft personDraft(MultiValueMap<String, String> form, Map<String, String> errors) {
        return new PersonDraft(
                first(form, "nation"),
                id(form, "organizationId", "partners.refused.organization", errors),
                first(form, "nameLatin"),
                first(form, "nameNative"),
                texts(form, "rank"),
                texts(form, "position"),
                form.containsKey("illustrative"),
                first(form, "classification"),
                list(first(form, "releasableTo")));
    }

    private static Long id(
            MultiValueMap<String, String> form, String field, String refusal, Map<String, String> errors) {
        String typed = first(form, field);
        if (typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            errors.put(field, refusal);
            return null;
        }
    }

    private static void putTexts(MultiValueMap<String, String> form, String field, LocalizedText text) {
        text.values().forEach((language, value) -> form.add(field + "." + language, value));
    }

    private static void putLabel(MultiValueMap<String, String> form, Label label, boolean illustrative) {
        form.add("classification", label.classification().name());
        form.add(
                "releasableTo",
                String.join(", ", label.releasableTo().stream().sorted().toList()));
        if (illustrative) {
            form.add("illustrative", "on");
        }
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** Codes typed as "ISR, MAR" (commas or spaces). */
    private static List<String> list(String typed) {
        return Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** {@code name.en}, {@code name.fr}… as text per language. */
    private static Map<String, String> texts(MultiValueMap<String, String> form, String field) {
        var texts = new LinkedHashMap<String, String>();
        for (String language : Drafts.LANGUAGES) {
            texts.put(language, first(form, field + "." + language));
        }
        return texts;
    }
}
