package org.entente.committees;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Limits;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.api.ApiRequestInvalid;
import org.entente.shared.api.ApiRequestInvalid.FieldError;
import org.entente.shared.api.ETags;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.LanguageTexts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The action items' API (api.md): the items the caller may read, filtered by committee and status;
 * creating one; and a party's follow-up of its own item ({@code If-Match} optional, 412 when stale).
 * Split from {@link CommitteeApiController}, which keeps the committees and their sessions.
 */
@RestController
class ActionItemApiController {

    static final String ACTION_ITEMS = "/api/v1/action-items";

    record NoteJson(Instant notedAt, String notedBy, ActionStatus status, Map<String, String> text) {}

    record ActionItemJson(
            long id,
            long committeeId,
            Integer sessionNumber,
            Integer decisionNumber,
            Map<String, String> title,
            String party,
            Map<String, String> responsible,
            LocalDate dueDate,
            ActionStatus status,
            boolean overdue,
            boolean illustrative,
            LabelJson label,
            List<NoteJson> notes) {

        static ActionItemJson of(ActionItem a, LocalDate today) {
            return new ActionItemJson(
                    a.id(),
                    a.committeeId(),
                    a.sessionNumber(),
                    a.decisionNumber(),
                    a.title().values(),
                    a.party(),
                    a.responsible() == null ? null : a.responsible().values(),
                    a.dueDate(),
                    a.status(),
                    a.overdueOn(today),
                    a.illustrative(),
                    LabelJson.of(a.label()),
                    a.notes().stream()
                            .map(n -> new NoteJson(
                                    n.notedAt(),
                                    n.notedBy(),
                                    n.status(),
                                    n.text().values()))
                            .toList());
        }
    }

    /** An action item to create: {@code sessionNumber} and {@code decision} are optional. */
    record NewActionJson(
            Long committeeId,
            Integer sessionNumber,
            Integer decision,
            @Valid @AtMost(max = Limits.TITLE) LanguageTexts title,

            @Size(max = Limits.CODE) String party,

            // Per language ({"ar": "…"}), like a title; lengths are the service's to check.
            Map<String, String> responsible,

            LocalDate dueDate) {

        NewActionJson {
            title = LanguageTexts.orEmpty(title);
        }
    }

    /** A party's follow-up of its own action item. */
    record UpdateJson(
            @Size(max = Limits.CODE) String status,

            // The note per language ({"ar": "…"}), like a title; lengths are the service's to check.
            Map<String, String> note) {}

    private final ActionItems actions;
    private final java.time.Clock clock = java.time.Clock.systemDefaultZone();

    ActionItemApiController(ActionItems actions) {
        this.actions = actions;
    }

    @GetMapping(ACTION_ITEMS)
    ResponseEntity<?> actionItems(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) String status,
            Locale locale) {
        var errors = new ArrayList<FieldError>();
        Paging paging = Paging.of(page, size, errors);
        Long committeeId = committee == null ? null : CommitteeApiController.id(committee);
        if (committee != null && committeeId == null) {
            errors.add(new FieldError("committee", "api.number.positive", "committee"));
        }
        ActionStatus statusFilter = status == null ? null : status(status);
        if (status != null && statusFilter == null) {
            errors.add(new FieldError("status", "api.value.unknown", "status"));
        }
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        ActionItems.Page result = actions.page(reader, committeeId, statusFilter, paging.page(), paging.size());
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok(new ListJson<>(
                result.items().stream().map(a -> ActionItemJson.of(a, today)).toList(),
                result.page(),
                result.size(),
                result.total()));
    }

    @PostMapping(ACTION_ITEMS)
    @DeniedAs(action = "committees.action.create", objectType = "action-item")
    ResponseEntity<?> createActionItem(
            @AuthenticationPrincipal Subject subject, @Valid @RequestBody NewActionJson body) {
        if (body.committeeId() == null) {
            throw new ApiRequestInvalid(List.of(new FieldError("committeeId", "api.number.positive", "committeeId")));
        }
        var draft = new ActionItems.ActionDraft(
                body.sessionNumber(),
                body.decision(),
                CommitteeForm.texts(body.title()),
                body.party() == null ? null : body.party().strip().toUpperCase(Locale.ROOT),
                org.entente.shared.OptionalTexts.typed(body.responsible()),
                body.dueDate());
        long id = actions.create(subject, body.committeeId(), draft);
        return ResponseEntity.created(URI.create(ACTION_ITEMS + "/" + id))
                .body(ActionItemJson.of(actions.find(subject, id).orElseThrow(), LocalDate.now(clock)));
    }

    @GetMapping(ACTION_ITEMS + "/{id}")
    @DeniedAs(action = "committees.action.read", objectType = "action-item")
    ResponseEntity<?> actionItem(
            @AuthenticationPrincipal Subject reader, @PathVariable String id, HttpServletRequest request) {
        return ETags.ok(request, ActionItemJson.of(readableItem(reader, id), LocalDate.now(clock)));
    }

    /**
     * A party moves its own item on: {@code {"status": "DONE", "note": "…"}}. With {@code If-Match},
     * only if the item is still as the caller read it (otherwise 412, nothing changed).
     */
    @PostMapping(ACTION_ITEMS + "/{id}/updates")
    @DeniedAs(action = "committees.action.update", objectType = "action-item")
    ResponseEntity<?> updateActionItem(
            @AuthenticationPrincipal Subject subject,
            @PathVariable String id,
            @Valid @RequestBody UpdateJson body,
            HttpServletRequest request) {
        ActionItem current = readableItem(subject, id);
        long number = current.id();
        ETags.requireIfMatch(request, ETags.of(ActionItemJson.of(current, LocalDate.now(clock))));
        ActionStatus status = body.status() == null ? null : status(body.status());
        if (body.status() != null && status == null) {
            throw new ApiRequestInvalid(List.of(new FieldError("status", "api.value.unknown", "status")));
        }
        // A denial (403, audited as committees.action.update) or a refusal (422 with errors[]) goes
        // on to the API advice.
        actions.update(subject, number, status, org.entente.shared.OptionalTexts.typed(body.note()));
        var updated = ActionItemJson.of(actions.find(subject, number).orElseThrow(), LocalDate.now(clock));
        return ResponseEntity.ok().eTag(ETags.of(updated)).body(updated);
    }

    /** An action status by its code, in any case; null for an unknown one. */
    private static ActionStatus status(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        for (ActionStatus status : ActionStatus.values()) {
            if (status.name().equals(code)) {
                return status;
            }
        }
        return null;
    }

    /** An action item by its id as typed in the path: 404 (audited) for one the reader may not read. */
    private ActionItem readableItem(Subject reader, String id) {
        Long number = CommitteeApiController.id(id);
        return (number == null ? java.util.Optional.<ActionItem>empty() : actions.find(reader, number))
                .orElseThrow(() -> new NotReadable("action-item", id));
    }
}
