package org.entente.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.entente.audit.AuditEvent.Outcome;
import org.entente.audit.report.AuditFilter;
import org.entente.audit.report.AuditPage;
import org.entente.audit.report.AuditRecord;
import org.entente.audit.report.Verification;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the events they may read, filtered and a page at a time, and the chain's
 * verification — as a fragment for htmx, or the whole page without it.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    static final String PATH = "/audit";
    static final String VERIFY = "/audit/verify";
    static final int PAGE_SIZE = 25;

    private final AuditorActions actions;
    private final EntenteProperties properties;

    AuditPageController(AuditorActions actions, EntenteProperties properties) {
        this.actions = actions;
        this.properties = properties;
    }

    @GetMapping(PATH)
    String page(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal Subject reader,
            Model model) {
        show(new AuditFilter(actor, action, outcome, from, to), Math.max(page, 0), reader, null, model);
        return "audit/page";
    }

    /** The verification's outcome: only that fragment for htmx, otherwise the page showing it. */
    @GetMapping(VERIFY)
    String verify(
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal Subject reader,
            Model model) {
        Verification verification = actions.verify();
        if ("true".equals(htmx)) {
            model.addAttribute("verification", verification);
            return "audit/verification";
        }
        show(AuditFilter.none(), 0, reader, verification, model);
        return "audit/page";
    }

    private void show(AuditFilter filter, int page, Subject reader, Verification verification, Model model) {
        AuditPage events = actions.list(filter, reader, page, PAGE_SIZE);
        List<Label> shown = events.items().stream()
                .map(AuditRecord::label)
                .filter(Objects::nonNull)
                .toList();
        model.addAttribute("label", Label.highWaterMark(properties.hostNation(), shown));
        model.addAttribute("filter", filter);
        model.addAttribute("events", events);
        model.addAttribute("outcomes", List.of(Outcome.values()));
        model.addAttribute("verification", verification);
    }
}
