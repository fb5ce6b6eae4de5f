package org.entente.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.entente.audit.AuditEvent.Outcome;
import org.entente.audit.report.AuditFilter;
import org.entente.audit.report.AuditPage;
import org.entente.audit.report.AuditRecord;
import org.entente.audit.report.Checkpoint;
import org.entente.audit.report.Verification;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
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

    private final AuditorActions actions;

    AuditApiController(AuditorActions actions) {
        this.actions = actions;
    }

    @GetMapping("/verify")
    Verification verify() {
        return actions.verify();
    }

    /** Events newest first; {@code page} counts from 0, {@code size} is at most {@value Paging#MAX_SIZE}. */
    @GetMapping("/events")
    ListJson<EventJson> events(
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal Subject reader) {
        Paging paging = Paging.of(page, size);
        AuditPage result =
                actions.list(new AuditFilter(actor, action, outcome, from, to), reader, paging.page(), paging.size());
        return new ListJson<>(
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
