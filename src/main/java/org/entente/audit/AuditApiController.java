package org.entente.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.audit.AuditEvent.Outcome;
import org.entente.audit.report.AuditFilter;
import org.entente.audit.report.AuditPage;
import org.entente.audit.report.AuditRecord;
import org.entente.audit.report.Checkpoint;
import org.entente.audit.report.Verification;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API (api.md): the events they may read, and the chain's verification. */
@RestController
@RequestMapping(AuditApiController.PATH)
@PreAuthorize("hasRole('AUDITOR')")
class AuditApiController {

    static final String PATH = "/api/v1/audit";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** A label as every record of the API carries it (api.md). */
    record LabelJson(Classification classification, String owner, List<String> releasableTo, String banner) {

        static LabelJson of(Label label) {
            return label == null
                    ? null
                    : new LabelJson(
                            label.classification(),
                            label.owner(),
                            label.releasableTo().stream().sorted().toList(),
                            label.banner());
        }
    }

    record EventJson(
            long id,
            Instant at,
            String actor,
            String actorNation,
            String action,
            String objectType,
            String objectId,
            LabelJson label,
            Outcome outcome,
            String sourceAddress,
            Map<String, String> details,
            String hash) {

        static EventJson of(AuditRecord r) {
            return new EventJson(
                    r.id(),
                    r.at(),
                    r.actor(),
                    r.actorNation(),
                    r.action(),
                    r.objectType(),
                    r.objectId(),
                    LabelJson.of(r.label()),
                    r.outcome(),
                    r.sourceAddress(),
                    r.details(),
                    r.hash());
        }
    }

    record EventsJson(List<EventJson> items, int page, int size, long total) {}

    private final AuditorActions actions;

    AuditApiController(AuditorActions actions) {
        this.actions = actions;
    }

    @GetMapping("/verify")
    Verification verify() {
        return actions.verify();
    }

    /** Events newest first; {@code page} counts from 0, {@code size} is at most {@value #MAX_SIZE}. */
    @GetMapping("/events")
    EventsJson events(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal Subject reader) {
        int shown = Math.min(Math.max(size, 1), MAX_SIZE);
        AuditPage result =
                actions.list(new AuditFilter(actor, action, outcome, from, to), reader, Math.max(page, 0), shown);
        return new EventsJson(
                result.items().stream().map(EventJson::of).toList(), result.page(), result.size(), result.total());
    }

    /** Signs a checkpoint of the trail as it is now; answers 204 while the trail is empty. */
    @PostMapping("/checkpoint")
    ResponseEntity<Checkpoint> checkpoint() {
        return actions.checkpoint()
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.noContent().build());
    }
}
