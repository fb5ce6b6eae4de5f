package org.entente.committees;

import jakarta.validation.Valid;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Adding an action item at a session, and a party moving its own items on. A refused item shows
 * the session page again with the form as typed; a refused follow-up answers 422; a denial goes on
 * to the advice (403, audited) and an item the subject may not read is a 404.
 */
@Controller
class ActionItemController {

    static final String CREATE = "/committees/{id}/sessions/{number}/action-items";
    static final String UPDATE = "/action-items/{id}";

    private final ActionItems actions;
    private final SessionController sessionPages;

    ActionItemController(ActionItems actions, SessionController sessionPages) {
        this.actions = actions;
        this.sessionPages = sessionPages;
    }

    @PostMapping(CREATE)
    @DeniedAs(action = "committees.action.create", objectType = "action-item")
    String create(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Action form,
            BindingResult binding,
            Model model) {
        return sessionPages.sessionChange(
                subject,
                id,
                number,
                new Forms.Names("actionErrors", "action.field.", "action-"),
                binding,
                model,
                form.values(),
                "action#actions",
                () -> actions.create(subject, id, form.draft(number)));
    }

    @PostMapping(UPDATE)
    @DeniedAs(action = "committees.action.update", objectType = "action-item")
    String update(
            @AuthenticationPrincipal Subject subject, @PathVariable long id, @Valid SessionForms.ActionUpdate form) {
        ActionItem item = actions.find(subject, id).orElseThrow(() -> new NotReadable("action-item", id));
        actions.update(
                subject,
                id,
                form.chosen(),
                // One note input per item on the list: taken as written in the reader's language.
                org.entente.shared.OptionalTexts.in(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()
                                .getLanguage(),
                        form.note()));
        String page = item.sessionNumber() == null
                ? "/committees/" + item.committeeId()
                : "/committees/%d/sessions/%d".formatted(item.committeeId(), item.sessionNumber());
        return "redirect:" + page + "?done=updated#action-" + id;
    }
}
