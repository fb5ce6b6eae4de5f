package org.entente.agreements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.Forms;
import org.entente.shared.web.LanguageTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agreements a reader may see, one agreement with its history, recording a status event. */
@Controller
class AgreementController {

    static final String LIST = "/agreements";
    static final String ONE = "/agreements/{id}";
    static final String EVENTS = "/agreements/{id}/events";
    static final String VIEW = "agreements/detail";
    static final String LABELS = "agreement.field.";

    /** The status event form as posted: every field as typed, so that it comes back as typed. */
    record EventForm(
            @Size(max = Limits.CODE) String kind,

            @Size(max = Limits.CODE) String date,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts reason,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts note) {

        static final EventForm EMPTY = new EventForm("", "", null, null);

        EventForm {
            reason = LanguageTexts.orEmpty(reason);
            note = LanguageTexts.orEmpty(note);
        }

        /** The event to record, or {@link Refused} naming each field to correct. */
        NewStatusEvent event() {
            var errors = new LinkedHashMap<String, String>();
            AgreementEventKind chosen = parse(AgreementEventKind.class, kind);
            if (chosen == null || chosen == AgreementEventKind.SIGNED) {
                errors.put("kind", "agreement.refused.kindRequired");
            }
            LocalDate day = DraftFields.requiredDay("date", date, errors);
            if (chosen == AgreementEventKind.SUSPENDED && reason.typed() == null) {
                errors.put("reason", "agreement.refused.reasonRequired");
            }
            if (!errors.isEmpty()) {
                throw Refused.fields(errors);
            }
            return new NewStatusEvent(chosen, day, reason.typed(), note.typed(), false);
        }
    }

    private final Agreements agreements;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    private final Forms forms;
    private final Domains domains;

    AgreementController(Agreements agreements, AccessPolicy policy, AuditTrail audit, Forms forms, Domains domains) {
        this.agreements = agreements;
        this.policy = policy;
        this.audit = audit;
        this.forms = forms;
        this.domains = domains;
    }

    @GetMapping(LIST)
    String list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String nation,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            Model model) {
        var filter = new Agreements.Filter(
                nation != null && Nations.isKnown(nation.toUpperCase(Locale.ROOT))
                        ? nation.toUpperCase(Locale.ROOT)
                        : null,
                parse(AgreementStatus.class, status),
                parse(AgreementKind.class, kind));
        List<AgreementSummary> visible = agreements.visibleTo(reader, filter);
        Label page = Label.highWaterMark(
                reader.nation(), visible.stream().map(AgreementSummary::label).toList());
        // The nations offered in the filter: those of the agreements the reader may see at all.
        Set<String> nations = new TreeSet<>();
        agreements.visibleTo(reader, Agreements.Filter.NONE).forEach(a -> nations.addAll(a.parties()));
        model.addAttribute("agreements", visible);
        model.addAttribute("filter", filter);
        model.addAttribute("nations", List.copyOf(nations));
        model.addAttribute("label", page);
        model.addAttribute(
                "mayCreate",
                policy.mayManageAgreements(reader, Label.unclassified(reader.nation()))
                        .allowed());
        agreements.recordListing(visible, page);
        return "agreements/list";
    }

    @GetMapping(ONE)
    String one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @RequestParam(required = false) String recorded,
            Model model) {
        show(reader, id, model, EventForm.EMPTY);
        model.addAttribute("recorded", recorded != null);
        return VIEW;
    }

    @PostMapping(EVENTS)
    String recordEvent(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid EventForm form,
            BindingResult binding,
            Model model) {
        AgreementSummary agreement = readable(subject, id);
        // Who may not record learns that first (403, recorded), not what the form lacks.
        policy.mayManageAgreements(subject, agreement.label())
                .orThrow(Agreements.EVENT, "agreement", id, agreement.label());
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> agreements.recordEvent(subject, id, form.event()),
                "/agreements/" + id + "?recorded",
                () -> {
                    show(subject, id, model, form);
                    model.addAttribute("recorded", false);
                    return VIEW;
                });
    }

    private void show(Subject reader, long id, Model model, EventForm form) {
        Forms.noErrorsYet(model);
        AgreementSummary agreement = readable(reader, id);
        if (agreement.label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(
                    AuditEvent.read("agreements.agreement.read", "agreement", Long.toString(id), agreement.label()));
        }
        AgreementSummary parent = agreement.parentId() == null
                ? null
                : agreements.find(reader, agreement.parentId()).orElse(null);
        List<AgreementSummary> children = agreements.childrenOf(reader, id);
        List<StatusEvent> history = agreements.historyOf(reader, id);
        var labels = new ArrayList<Label>();
        labels.add(agreement.label());
        if (parent != null) {
            labels.add(parent.label());
        }
        children.forEach(c -> labels.add(c.label()));
        history.forEach(e -> labels.add(e.label()));
        model.addAttribute("agreement", agreement);
        model.addAttribute("parent", parent);
        model.addAttribute("children", children);
        model.addAttribute("history", history);
        model.addAttribute("domains", domains.domainsOf(agreement));
        model.addAttribute("label", Label.highWaterMark(agreement.label().owner(), labels));
        model.addAttribute(
                "mayManage",
                policy.mayManageAgreements(reader, agreement.label()).allowed());
        model.addAttribute("eventKinds", List.copyOf(EnumSet.complementOf(EnumSet.of(AgreementEventKind.SIGNED))));
        var values = new LinkedHashMap<String, String>();
        values.put("kind", orEmpty(form.kind()));
        values.put("date", orEmpty(form.date()));
        form.reason().asMap().forEach((language, text) -> values.put("reason." + language, text));
        form.note().asMap().forEach((language, text) -> values.put("note." + language, text));
        model.addAttribute("form", values);
        model.addAttribute("timeline", "/timeline?nations=" + String.join(",", agreement.parties()));
    }

    /** An agreement the reader may not see is answered as one that does not exist (and the try recorded). */
    private AgreementSummary readable(Subject reader, long id) {
        return agreements.find(reader, id).orElseThrow(() -> new NotReadable("agreement", id));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The constant so named, or null for none or an unknown name: a filter never fails. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted))
                .findFirst()
                .orElse(null);
    }
}
