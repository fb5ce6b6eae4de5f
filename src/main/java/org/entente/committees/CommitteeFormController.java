package org.entente.committees;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.partners.People;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
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
 * Creating a committee (its owner nation's planners and administrators) and editing what it is
 * made of (whoever may write to it): kind, names, place in the tree, agreement, co-chairs per
 * party, secretariat, cadence and members.
 */
@Controller
class CommitteeFormController {

    static final String NEW = "/committees/new";
    static final String CREATE = "/committees";
    static final String EDIT = "/committees/{id}/edit";
    static final String UPDATE = "/committees/{id}";

    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    private final Committees committees;
    private final Agreements agreements;
    private final People people;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    CommitteeFormController(
            Committees committees, Agreements agreements, People people, AccessPolicy policy, AuditTrail audit) {
        this.committees = committees;
        this.agreements = agreements;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping(NEW)
    String form(@AuthenticationPrincipal Subject subject, Model model) {
        mayCreate(subject);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("parties", subject.nation());
        form.add("classification", Classification.RESTRICTED.name());
        form.add("cadence", Cadence.ANNUAL.name());
        form.add("alternating", "on");
        show(subject, model, null, form, Map.of());
        return "committees/form";
    }

    @PostMapping(CREATE)
    String create(
            @AuthenticationPrincipal Subject subject,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        mayCreate(subject);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> typedParties = codes(SessionController.first(typed, "parties"));
        // An unknown code is the typist's mistake, not a label to build (that would be a 500).
        List<String> parties = typedParties.stream().filter(Nations::isKnown).toList();
        if (parties.size() != typedParties.size()) {
            errors.put("parties", "committee.refused.parties");
        }
        Classification classification = null;
        try {
            classification = Classification.valueOf(SessionController.first(typed, "classification"));
        } catch (IllegalArgumentException unknown) {
            errors.put("classification", "committee.refused.classification");
        }
        Set<String> releasable = new TreeSet<>(parties);
        releasable.remove(subject.nation());
        Label label = classification == null ? null : new Label(classification, subject.nation(), releasable);
        var draft = draft(typed, parties, label, errors);
        if (errors.isEmpty()) {
            try {
                long id = committees.create(subject, draft);
                return "redirect:/committees/" + id;
            } catch (CommitteeRefusedException refused) {
                errors.putAll(refused.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        show(subject, model, null, typed, errors);
        return "committees/form";
    }

    @GetMapping(EDIT)
    String edit(@AuthenticationPrincipal Subject subject, @PathVariable long id, Locale locale, Model model) {
        CommitteeSummary committee = writable(subject, id);
        CommitteeProfile profile = committees.profile(subject, committee);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("kind", committee.kind().name());
        committee.name().values().forEach((language, text) -> form.add("name." + language, text));
        if (profile.parent() != null) {
            form.add("parentId", Long.toString(profile.parent().id()));
        }
        if (profile.agreementId() != null) {
            form.add("agreementId", Long.toString(profile.agreementId()));
        }
        for (CoChair chair : profile.coChairs()) {
            form.add(
                    "coChair." + chair.nation() + ".organization",
                    chair.organization().in(locale));
            form.add("coChair." + chair.nation() + ".position", chair.position().in(locale));
        }
        form.add("secretariat", profile.secretariat().in(locale));
        if (profile.cadence() != null) {
            form.add("cadence", profile.cadence().name());
        }
        if (profile.alternating()) {
            form.add("alternating", "on");
        }
        profile.members().forEach(m -> form.add("members", Long.toString(m.personId())));
        show(subject, model, committee, form, Map.of());
        return "committees/form";
    }

    @PostMapping(UPDATE)
    String update(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        CommitteeSummary committee = writable(subject, id);
        Map<String, String> errors = new LinkedHashMap<>();
        var draft = draft(typed, committee.parties(), committee.label(), errors);
        if (errors.isEmpty()) {
            try {
                committees.edit(subject, id, draft);
                return "redirect:/committees/" + id;
            } catch (CommitteeRefusedException refused) {
                errors.putAll(refused.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        show(subject, model, committee, typed, errors);
        return "committees/form";
    }

    private Committees.CommitteeDraft draft(
            MultiValueMap<String, String> typed, List<String> parties, Label label, Map<String, String> errors) {
        CommitteeKind kind = null;
        try {
            kind = CommitteeKind.valueOf(SessionController.first(typed, "kind"));
        } catch (IllegalArgumentException unknown) {
            errors.put("kind", "committee.refused.kind");
        }
        Cadence cadence = null;
        if (!SessionController.first(typed, "cadence").isBlank()) {
            try {
                cadence = Cadence.valueOf(SessionController.first(typed, "cadence"));
            } catch (IllegalArgumentException unknown) {
                errors.put("cadence", "committee.refused.cadence");
            }
        }
        Long parent = optionalId(typed, "parentId", errors);
        Long agreement = optionalId(typed, "agreementId", errors);
        String language = SessionController.first(typed, "language").isBlank()
                ? "en"
                : SessionController.first(typed, "language");
        List<CoChair> chairs = new ArrayList<>();
        for (String party : parties) {
            String organization = SessionController.first(typed, "coChair." + party + ".organization")
                    .strip();
            String position = SessionController.first(typed, "coChair." + party + ".position")
                    .strip();
            if (!organization.isEmpty() || !position.isEmpty()) {
                chairs.add(new CoChair(
                        party, LocalizedText.of(language, organization), LocalizedText.of(language, position)));
            }
        }
        String secretariat = SessionController.first(typed, "secretariat").strip();
        List<Long> members = new ArrayList<>();
        for (String member : typed.getOrDefault("members", List.of())) {
            try {
                members.add(Long.valueOf(member));
            } catch (NumberFormatException notANumber) {
                errors.put("members", "committee.refused.members");
            }
        }
        return new Committees.CommitteeDraft(
                SessionController.first(typed, "code"),
                kind,
                SessionController.texts(typed, "name"),
                parties,
                parent,
                agreement,
                chairs,
                secretariat.isEmpty() ? LocalizedText.of() : LocalizedText.of(language, secretariat),
                cadence,
                typed.containsKey("alternating"),
                members,
                label);
    }

    private void show(
            Subject subject,
            Model model,
            CommitteeSummary committee,
            MultiValueMap<String, String> typed,
            Map<String, String> errors) {
        var values = new LinkedHashMap<String, String>();
        typed.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        model.addAttribute("committee", committee);
        model.addAttribute("form", values);
        model.addAttribute("chosenMembers", typed.getOrDefault("members", List.of()));
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(CommitteeKind.values()));
        model.addAttribute("cadences", List.of(Cadence.values()));
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute(
                "parties",
                committee == null
                        ? codes(values.getOrDefault("parties", "")).stream()
                                .filter(Nations::isKnown)
                                .toList()
                        : committee.parties());
        model.addAttribute(
                "parents",
                committees.visibleTo(subject).stream()
                        .filter(c -> committee == null || c.id() != committee.id())
                        .toList());
        model.addAttribute("agreements", agreements.visibleTo(subject, Agreements.Filter.NONE));
        model.addAttribute("people", people.visibleTo(subject, 0, 500).items());
        model.addAttribute("classifications", AccessPolicy.classificationsFor(subject));
        model.addAttribute("label", committee == null ? Label.unclassified(subject.nation()) : committee.label());
    }

    private void mayCreate(Subject subject) {
        var decision = policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()));
        if (!decision.allowed()) {
            audit.recordSeparately(AuditEvent.denied("committees.committee.create", "committee", null, null)
                    .with("reason", decision.reason()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private CommitteeSummary writable(Subject subject, long id) {
        CommitteeSummary committee = committees.find(subject, id).orElseThrow(() -> {
            audit.recordSeparately(
                    AuditEvent.denied("committees.committee.read", "committee", Long.toString(id), null));
            return new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
        var decision = policy.mayWrite(subject, committee.label(), id);
        if (!decision.allowed()) {
            audit.recordSeparately(AuditEvent.denied("committees.committee.edit", "committee", Long.toString(id), null)
                    .with("reason", decision.reason()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return committee;
    }

    private static Long optionalId(MultiValueMap<String, String> typed, String field, Map<String, String> errors) {
        String value = SessionController.first(typed, field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            errors.put(field, "committee.refused." + field);
            return null;
        }
    }

    private static List<String> codes(String typed) {
        return Arrays.stream(typed.toUpperCase(Locale.ROOT).split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .distinct()
                .toList();
    }
}
