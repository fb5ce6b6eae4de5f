package org.entente.agreements;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The agreements a reader may see, one agreement with its history, recording a status event. */
@Controller
class AgreementController {

    static final String LIST = "/agreements";
    static final String ONE = "/agreements/{id}";
    static final String EVENTS = "/agreements/{id}/events";

    /** The status event form as posted: every field as typed, so that it comes back as typed. */
    record EventForm(String kind, String date, String reason, String note) {

        static final EventForm EMPTY = new EventForm("", "", "", "");
    }

    private final Agreements agreements;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    AgreementController(Agreements agreements, AccessPolicy policy, AuditTrail audit) {
        this.agreements = agreements;
        this.policy = policy;
        this.audit = audit;
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
            @RequestParam Map<String, String> flags,
            Model model) {
        show(reader, id, model, EventForm.EMPTY, Map.of());
        model.addAttribute("recorded", flags.containsKey("recorded"));
        return "agreements/detail";
    }

    @PostMapping(EVENTS)
    String recordEvent(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            EventForm form,
            Model model,
            HttpServletResponse response) {
        AgreementSummary agreement = readable(subject, id);
        var errors = new LinkedHashMap<String, String>();
        // Who may not record learns that first, not what the form lacks.
        var decision = policy.mayManageAgreements(subject, agreement.label());
        if (!decision.allowed()) {
            audit.recordSeparately(
                    AuditEvent.denied(Agreements.EVENT, "agreement", Long.toString(id), agreement.label())
                            .with("reason", decision.reason()));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            errors.put("kind", decision.reason());
            show(subject, id, model, form, errors);
            model.addAttribute("recorded", false);
            return "agreements/detail";
        }
        AgreementEventKind kind = parse(AgreementEventKind.class, form.kind());
        if (kind == null || kind == AgreementEventKind.SIGNED) {
            errors.put("kind", "agreement.refused.kindRequired");
        }
        LocalDate date = null;
        if (form.date() == null || form.date().isBlank()) {
            errors.put("date", "agreement.refused.dateRequired");
        } else {
            try {
                date = LocalDate.parse(form.date().strip());
            } catch (DateTimeParseException notADate) {
                errors.put("date", "agreement.refused.dateInvalid");
            }
        }
        if (kind == AgreementEventKind.SUSPENDED
                && (form.reason() == null || form.reason().isBlank())) {
            errors.put("reason", "agreement.refused.reasonRequired");
        }
        if (errors.isEmpty()) {
            try {
                agreements.recordEvent(subject, id, new NewStatusEvent(kind, date, form.reason(), form.note(), false));
                return "redirect:/agreements/" + id + "?recorded";
            } catch (AccessDeniedException denied) {
                audit.recordSeparately(
                        AuditEvent.denied(Agreements.EVENT, "agreement", Long.toString(id), agreement.label())
                                .with("reason", denied.messageKey()));
                response.setStatus(HttpStatus.FORBIDDEN.value());
                errors.put("kind", denied.messageKey());
            } catch (AgreementRefusedException refused) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                errors.put(refused.field(), refused.messageKey());
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        show(subject, id, model, form, errors);
        model.addAttribute("recorded", false);
        return "agreements/detail";
    }

    private void show(Subject reader, long id, Model model, EventForm form, Map<String, String> errors) {
        AgreementSummary agreement = readable(reader, id);
        if (agreement.label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(
                    AuditEvent.success("agreements.agreement.read", "agreement", Long.toString(id), agreement.label()));
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
        model.addAttribute("domains", agreements.domainsOf(agreement));
        model.addAttribute("label", Label.highWaterMark(agreement.label().owner(), labels));
        model.addAttribute(
                "mayManage",
                policy.mayManageAgreements(reader, agreement.label()).allowed());
        model.addAttribute("eventKinds", List.copyOf(EnumSet.complementOf(EnumSet.of(AgreementEventKind.SIGNED))));
        model.addAttribute(
                "form",
                Map.of(
                        "kind", orEmpty(form.kind()),
                        "date", orEmpty(form.date()),
                        "reason", orEmpty(form.reason()),
                        "note", orEmpty(form.note())));
        model.addAttribute("errors", errors);
        model.addAttribute("timeline", "/timeline?nations=" + String.join(",", agreement.parties()));
    }

    /** An agreement the reader may not see is answered as one that does not exist (and the try recorded). */
    private AgreementSummary readable(Subject reader, long id) {
        return agreements.find(reader, id).orElseThrow(() -> {
            audit.recordSeparately(
                    AuditEvent.denied("agreements.agreement.read", "agreement", Long.toString(id), null));
            return new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The constant so named, or null for none or an unknown name: a filter never fails. */
    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
