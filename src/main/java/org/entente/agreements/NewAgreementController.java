package org.entente.agreements;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page that creates an agreement. The form posts every field as typed, so that a refused form
 * comes back as typed with each field to correct named; the rules themselves are the service's.
 */
@Controller
class NewAgreementController {

    static final String FORM = "/agreements/new";
    static final String CREATE = "/agreements";

    /** The languages a title, a summary and a place may be written in, in the form's order. */
    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    private final Agreements agreements;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    NewAgreementController(Agreements agreements, AccessPolicy policy, AuditTrail audit) {
        this.agreements = agreements;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping(FORM)
    String form(@AuthenticationPrincipal Subject subject, Model model) {
        allowed(subject);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("parties", subject.nation());
        form.add("classification", Classification.RESTRICTED.name());
        show(subject, model, form, Map.of());
        return "agreements/new";
    }

    @PostMapping(CREATE)
    String create(
            @AuthenticationPrincipal Subject subject,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        allowed(subject);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer termYears = null;
        String term = first(form, "termYears");
        if (!term.isBlank()) {
            try {
                termYears = Integer.valueOf(term.strip());
            } catch (NumberFormatException notANumber) {
                errors.put("termYears", "agreement.new.refused.term");
            }
        }
        Long parentId = null;
        String parent = first(form, "parentId");
        if (!parent.isBlank()) {
            try {
                parentId = Long.valueOf(parent.strip());
            } catch (NumberFormatException notANumber) {
                errors.put("parentId", "agreement.new.refused.parent");
            }
        }
        List<Signatory> signatories = new ArrayList<>();
        for (String line : first(form, "signatories").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 3);
            signatories.add(
                    new Signatory(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
        }
        var draft = new AgreementDraft(
                first(form, "kind"),
                list(first(form, "parties")),
                signatories,
                first(form, "signedOn"),
                texts(form, "signedPlace"),
                termYears,
                form.containsKey("tacitRenewal"),
                form.getOrDefault("domains", List.of()),
                parentId,
                texts(form, "title"),
                texts(form, "summary"),
                form.containsKey("illustrative"),
                first(form, "classification"),
                list(first(form, "releasableTo")));
        try {
            if (errors.isEmpty()) {
                long id = agreements.create(subject, draft);
                return "redirect:/agreements/" + id;
            }
        } catch (AgreementInvalidException invalid) {
            invalid.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        show(subject, model, form, errors);
        return "agreements/new";
    }

    /** Who may not create agreements is refused the page itself (and the try recorded). */
    private void allowed(Subject subject) {
        var decision = policy.mayManageAgreements(subject, Label.unclassified(subject.nation()));
        if (!decision.allowed()) {
            audit.recordSeparately(AuditEvent.denied("agreements.agreement.create", "agreement", null, null)
                    .with("reason", decision.reason()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private void show(Subject subject, Model model, MultiValueMap<String, String> form, Map<String, String> errors) {
        var values = new LinkedHashMap<String, String>();
        form.forEach((name, typed) -> values.put(name, typed.isEmpty() ? "" : typed.get(0)));
        model.addAttribute("form", values);
        model.addAttribute("chosenDomains", form.getOrDefault("domains", List.of()));
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(AgreementKind.values()));
        model.addAttribute(
                "domains",
                agreements.domains().stream().filter(d -> !d.retired()).toList());
        model.addAttribute("parents", agreements.visibleTo(subject, Agreements.Filter.NONE));
        model.addAttribute(
                "classifications",
                Arrays.stream(Classification.values())
                        .filter(c -> subject.clearance().dominates(c))
                        .toList());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("label", Label.unclassified(subject.nation()));
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** Codes typed as "ISR, MAR" (commas or spaces). */
    private static List<String> list(String typed) {
        return Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** {@code title.en}, {@code title.fr}… as text per language. */
    private static Map<String, String> texts(MultiValueMap<String, String> form, String field) {
        var texts = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            texts.put(language, first(form, field + "." + language));
        }
        return texts;
    }
}
