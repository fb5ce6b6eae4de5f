package org.entente.workplans;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An amendment's page: the change field by field against the activity as it is now (or every field
 * of a new activity), who proposed it and when; approving it (confirming that it changes the signed
 * plan), rejecting it with a reason, withdrawing one's own. After each decision the plan page says
 * what happened.
 */
@Controller
class AmendmentController {

    static final String ONE = "/workplans/{id}/amendments/{number}";
    static final String DECISION = "/workplans/{id}/amendments/{number}/{decision}";

    private final WorkPlans plans;
    private final Agreements agreements;
    private final AccessPolicy policy;
    private final Forms forms;

    AmendmentController(WorkPlans plans, Agreements agreements, AccessPolicy policy, Forms forms) {
        this.plans = plans;
        this.agreements = agreements;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping(ONE)
    String one(@AuthenticationPrincipal Subject reader, @PathVariable long id, @PathVariable int number, Model model) {
        show(reader, id, number, model, WorkPlanForms.DecisionForm.EMPTY);
        return "workplans/amendment";
    }

    /** Approve (confirming the change to the signed plan), reject (with a reason), or withdraw one's own. */
    @PostMapping(DECISION)
    @DeniedAs(action = "workplans.amendment.decide", objectType = "amendment")
    String decide(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable String decision,
            @Valid WorkPlanForms.DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Consumer<AmendmentSummary> step = WorkPlanForms.DecisionForm.step(
                decision,
                "amendment",
                number,
                amendment -> {
                    if (!form.confirmed()) {
                        throw WorkPlanRefusedException.of("confirm", "workplans.amendment.confirm.required");
                    }
                    plans.approveAmendment(subject, id, number, form.seenVersion());
                    forms.notice(redirect, "workplans.notice.amendmentApproved", number, title(amendment));
                },
                amendment -> {
                    plans.rejectAmendment(
                            subject,
                            id,
                            number,
                            form.seenVersion(),
                            form.reason().typed());
                    forms.notice(
                            redirect,
                            "workplans.notice.amendmentRejected",
                            number,
                            Nations.name(amendment.proposedBy(), locale()));
                },
                amendment -> {
                    plans.withdrawAmendment(subject, id, number, form.seenVersion());
                    forms.notice(redirect, "workplans.notice.amendmentWithdrawn", number);
                });
        AmendmentSummary amendment = readable(subject, id, number);
        return forms.submit(
                binding, model, WorkPlanController.LABELS, () -> step.accept(amendment), "/workplans/" + id, () -> {
                    show(subject, id, number, model, form);
                    return "workplans/amendment";
                });
    }

    private void show(Subject reader, long id, int number, Model model, WorkPlanForms.DecisionForm form) {
        Forms.noErrorsYet(model);
        PlanSummary plan = plans.find(reader, id).orElseThrow(() -> new NotReadable("workplan", id));
        AmendmentSummary amendment = readable(reader, id, number);
        ActivitySummary current = amendment.activityId() == null
                ? null
                : plans.activity(reader, amendment.activityId()).orElse(null);
        boolean party = plan.parties().contains(reader.nation());
        boolean decides = party
                && amendment.pending()
                && !amendment.proposedBy().equals(reader.nation())
                && policy.mayApproveFor(reader, reader.nation(), amendment.label(), plan.committeeId())
                        .allowed();
        boolean withdraws = amendment.pending()
                && amendment.proposedBy().equals(reader.nation())
                && policy.mayWrite(reader, amendment.label(), plan.committeeId())
                        .allowed();
        model.addAttribute("plan", plan);
        model.addAttribute("amendment", amendment);
        model.addAttribute("current", current);
        model.addAttribute("fields", AmendmentDiff.of(current == null ? null : current.draft(), amendment.changes()));
        model.addAttribute(
                "objectives",
                plans.objectivesOf(reader, id).stream()
                        .collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::title)));
        model.addAttribute(
                "domains",
                agreements.domains().stream().collect(Collectors.toMap(Domain::code, Domain::name, (a, b) -> a)));
        model.addAttribute("decides", decides);
        model.addAttribute("withdraws", withdraws);
        // A rejected proposal comes back to its proposer as a form to edit and propose again.
        boolean proposesAgain = amendment.status() == AmendmentStatus.REJECTED
                && amendment.answeredBy() == null
                && amendment.proposedBy().equals(reader.nation())
                && plan.status() != PlanStatus.CLOSED
                && (current != null || amendment.newActivity())
                && policy.mayWrite(reader, amendment.label(), plan.committeeId())
                        .allowed();
        model.addAttribute("proposesAgain", proposesAgain);
        var againForm = ActivityForm.of(amendment.changes());
        againForm.put("answers", Integer.toString(amendment.number()));
        model.addAttribute("againForm", againForm);
        // A re-proposal says what it answers: the rejected amendment and why it was rejected.
        model.addAttribute(
                "answered",
                amendment.answers() == null
                        ? null
                        : plans.amendment(reader, id, amendment.answers()).orElse(null));
        model.addAttribute("objectiveList", plans.objectivesOf(reader, id));
        model.addAttribute(
                "domainList",
                agreements.domains().stream().filter(d -> !d.retired()).toList());
        model.addAttribute("types", List.of(ActivityType.values()));
        model.addAttribute("reason", form.values());
        model.addAttribute(
                "label",
                Label.highWaterMark(
                        reader.nation(),
                        current == null
                                ? List.of(plan.label(), amendment.label())
                                : List.of(plan.label(), amendment.label(), current.label())));
    }

    private AmendmentSummary readable(Subject reader, long id, int number) {
        return plans.amendment(reader, id, number).orElseThrow(() -> new NotReadable("amendment", number));
    }

    private String title(AmendmentSummary amendment) {
        LocalizedText title = amendment.changes().title();
        return title.in(locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The parties other than the subject's nation, named in the reader's language. */
    static String others(PlanSummary plan, Subject subject, Locale locale) {
        return plan.parties().stream()
                .filter(p -> !p.equals(subject.nation()))
                .map(p -> Nations.name(p, locale))
                .collect(Collectors.joining(", "));
    }
}
