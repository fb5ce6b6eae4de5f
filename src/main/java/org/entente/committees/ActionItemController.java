package org.entente.committees;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.access.AccessDeniedException;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Adding an action item at a session, and a party moving its own items on. */
@Controller
class ActionItemController {

    static final String CREATE = "/committees/{id}/sessions/{number}/action-items";
    static final String UPDATE = "/action-items/{id}";

    private final ActionItems actions;
    private final SessionController sessionPages;
    private final AuditTrail audit;

    ActionItemController(ActionItems actions, SessionController sessionPages, AuditTrail audit) {
        this.actions = actions;
        this.sessionPages = sessionPages;
        this.audit = audit;
    }

    @PostMapping(CREATE)
    String create(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer decision = null;
        String decisionTyped = SessionController.first(typed, "decision").strip();
        if (!decisionTyped.isEmpty()) {
            try {
                decision = Integer.valueOf(decisionTyped);
            } catch (NumberFormatException notANumber) {
                errors.put("decision", "action.refused.noDecision");
            }
        }
        LocalDate due = null;
        String dueTyped = SessionController.first(typed, "dueDate").strip();
        if (!dueTyped.isEmpty()) {
            try {
                due = LocalDate.parse(dueTyped);
            } catch (DateTimeParseException notADate) {
                errors.put("dueDate", "action.refused.dueMissing");
            }
        }
        var draft = new ActionItems.ActionDraft(
                number,
                decision,
                SessionController.texts(typed, "title"),
                SessionController.first(typed, "party").strip().toUpperCase(Locale.ROOT),
                SessionController.first(typed, "responsible"),
                due);
        if (errors.isEmpty()) {
            try {
                actions.create(subject, id, draft);
                return "redirect:/committees/%d/sessions/%d?done=action#actions".formatted(id, number);
            } catch (AccessDeniedException denied) {
                audit.recordSeparately(AuditEvent.denied("committees.action.create", "action-item", null, null)
                        .with("committee", Long.toString(id))
                        .with("reason", denied.messageKey()));
                if (denied.messageKey().equals("access.notReadable")) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            } catch (CommitteeRefusedException refused) {
                errors.putAll(refused.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        var form = new LinkedHashMap<String, String>();
        typed.forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.get(0)));
        return sessionPages.refusedAction(subject, id, number, model, errors, form);
    }

    @PostMapping(UPDATE)
    String update(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back) {
        ActionItem item = actions.find(subject, id).orElseThrow(() -> {
            audit.recordSeparately(
                    AuditEvent.denied("committees.action.update", "action-item", Long.toString(id), null));
            return new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
        ActionStatus chosen = null;
        try {
            chosen = status == null ? null : ActionStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            // refused below as a missing status
        }
        try {
            actions.update(subject, id, chosen, note);
        } catch (AccessDeniedException denied) {
            audit.recordSeparately(
                    AuditEvent.denied("committees.action.update", "action-item", Long.toString(id), item.label())
                            .with("reason", denied.messageKey()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (CommitteeRefusedException refused) {
            throw new ResponseStatusException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    refused.errors().values().iterator().next());
        }
        String page = item.sessionNumber() == null
                ? "/committees/" + item.committeeId()
                : "/committees/%d/sessions/%d".formatted(item.committeeId(), item.sessionNumber());
        return "redirect:" + page + "?done=updated#action-" + id;
    }
}
