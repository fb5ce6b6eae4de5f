package org.entente.committees;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Set;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
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

/**
 * A session's minutes: the two-language editor, its decisions, the co-chairs' signatures, the
 * corrigenda to frozen minutes and the print view. The session page itself is {@link
 * SessionController}'s.
 */
@Controller
class SessionMinutesController {

    static final String MINUTES = "/committees/{id}/sessions/{number}/minutes";
    static final String DECISIONS = "/committees/{id}/sessions/{number}/decisions";
    static final String SIGNATURES = "/committees/{id}/sessions/{number}/signatures";
    static final String CORRIGENDA = "/committees/{id}/sessions/{number}/corrigenda";
    static final String PRINT = "/committees/{id}/sessions/{number}/minutes/print";

    /** The audit action of a refused change to the minutes. */
    static final String MINUTES_CHANGE = "committees.minutes.change";

    private static final Set<String> MINUTES_DONE = Set.of("saved", "decided", "signed", "corrected");

    private final Committees committees;
    private final Sessions sessions;
    private final SessionMinutes sessionMinutes;
    private final AccessPolicy policy;
    private final Forms forms;

    SessionMinutesController(
            Committees committees, Sessions sessions, SessionMinutes sessionMinutes, AccessPolicy policy, Forms forms) {
        this.committees = committees;
        this.sessions = sessions;
        this.sessionMinutes = sessionMinutes;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping(MINUTES)
    String minutes(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "ar") String left,
            @RequestParam(defaultValue = "fr") String right,
            @RequestParam(defaultValue = "") String done,
            Model model) {
        Forms.noErrorsYet(model);
        showMinutes(reader, id, number, SessionForms.pair(left, "ar"), SessionForms.pair(right, "fr"), model);
        model.addAttribute("done", MINUTES_DONE.contains(done) ? done : "");
        return "committees/minutes";
    }

    @PostMapping(MINUTES)
    @DeniedAs(action = MINUTES_CHANGE, objectType = "session")
    String writeMinutes(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Minutes form,
            BindingResult binding,
            Model model) {
        String left = form.leftLanguage();
        String right = form.rightLanguage();
        return minutesChange(subject, id, number, form, binding, model, "saved", () -> {
            sessionMinutes.writeMinutes(subject, id, number, left, SessionForms.Minutes.in(form.body(), left));
            sessionMinutes.writeMinutes(subject, id, number, right, SessionForms.Minutes.in(form.body(), right));
        });
    }

    @PostMapping(DECISIONS)
    @DeniedAs(action = MINUTES_CHANGE, objectType = "session")
    String decide(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Minutes form,
            BindingResult binding,
            Model model) {
        return minutesChange(
                subject,
                id,
                number,
                form,
                binding,
                model,
                "decided",
                () -> sessionMinutes.decide(subject, id, number, shown(form, form.decision())));
    }

    @PostMapping(SIGNATURES)
    @DeniedAs(action = MINUTES_CHANGE, objectType = "session")
    String sign(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Minutes form,
            BindingResult binding,
            Model model) {
        return minutesChange(
                subject, id, number, form, binding, model, "signed", () -> sessionMinutes.sign(subject, id, number));
    }

    @PostMapping(CORRIGENDA)
    @DeniedAs(action = MINUTES_CHANGE, objectType = "session")
    String correct(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Minutes form,
            BindingResult binding,
            Model model) {
        return minutesChange(
                subject,
                id,
                number,
                form,
                binding,
                model,
                "corrected",
                () -> sessionMinutes.correct(subject, id, number, shown(form, form.corrigendum())));
    }

    @GetMapping(PRINT)
    String print(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "ar") String left,
            @RequestParam(defaultValue = "fr") String right,
            Model model) {
        Forms.noErrorsYet(model);
        showMinutes(reader, id, number, SessionForms.pair(left, "ar"), SessionForms.pair(right, "fr"), model);
        return "committees/print";
    }

    /** Runs a change to the minutes; a refusal shows the editor again (422) with the reason, nothing changed. */
    private String minutesChange(
            Subject subject,
            long id,
            int number,
            SessionForms.Minutes form,
            BindingResult binding,
            Model model,
            String done,
            Runnable work) {
        String left = form.leftLanguage();
        String right = form.rightLanguage();
        return forms.submit(
                binding,
                model,
                null,
                work,
                "/committees/%d/sessions/%d/minutes?left=%s&right=%s&done=%s".formatted(id, number, left, right, done),
                () -> {
                    showMinutes(subject, id, number, left, right, model);
                    model.addAttribute("done", "");
                    return "committees/minutes";
                });
    }

    /** The text typed in the two languages shown. */
    private static LocalizedText shown(SessionForms.Minutes form, LanguageTexts texts) {
        String left = form.leftLanguage();
        String right = form.rightLanguage();
        return LocalizedText.of(
                left, SessionForms.Minutes.in(texts, left), right, SessionForms.Minutes.in(texts, right));
    }

    private void showMinutes(Subject reader, long id, int number, String left, String right, Model model) {
        CommitteeSummary committee = readable(reader, id);
        SessionDetail session =
                sessions.find(reader, id, number).orElseThrow(() -> new NotReadable("session", id + "/" + number));
        var labels = new ArrayList<Label>(session.labels());
        labels.add(committee.label());
        model.addAttribute("committee", committee);
        model.addAttribute("session", session);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("languages", Sessions.LANGUAGES);
        model.addAttribute(
                "mayWrite",
                policy.mayWrite(reader, session.summary().label(), id).allowed());
        model.addAttribute(
                "maySign",
                session.parties().contains(reader.nation())
                        && session.signatureOf(reader.nation()).isEmpty()
                        && policy.mayApproveFor(
                                        reader,
                                        reader.nation(),
                                        session.summary().label(),
                                        id)
                                .allowed());
        model.addAttribute("label", Label.highWaterMark(committee.label().owner(), labels));
    }

    private CommitteeSummary readable(Subject reader, long id) {
        return committees.find(reader, id).orElseThrow(() -> new NotReadable("committee", id));
    }
}
