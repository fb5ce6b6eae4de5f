package org.entente.workplans;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The year's end of a plan, decided by both parties: one party's planner proposes a decision per
 * activity still to be executed, the other party's planner approves it (the plan is then closed) or
 * rejects it with a reason, the proposer may withdraw it; then next year's plan is drafted from the
 * closed one. The page shows the plan's closing history, the proposal awaiting a decision with the
 * form that applies to the reader, or the form to propose.
 */
@Controller
class ClosingController {

    static final String CLOSE = "/workplans/{id}/close";
    static final String DECISION = "/workplans/{id}/closings/{number}/{decision}";
    static final String NEXT_YEAR = "/workplans/{id}/next-year";

    private final WorkPlans plans;
    private final ClosingProposals proposals;
    private final PlanClosings closings;
    private final AccessPolicy policy;
    private final Forms forms;

    ClosingController(
            WorkPlans plans, ClosingProposals proposals, PlanClosings closings, AccessPolicy policy, Forms forms) {
        this.plans = plans;
        this.proposals = proposals;
        this.closings = closings;
        this.policy = policy;
        this.forms = forms;
    }

    /** The year's end of a plan: its closings, and the form that applies to the reader. */
    @GetMapping(CLOSE)
    String closing(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model) {
        Forms.noErrorsYet(model);
        return show(reader, readable(reader, id), CloseForm.EMPTY, WorkPlanForms.DecisionForm.EMPTY, model);
    }

    /** Proposes the closing to the other party. */
    @PostMapping(CLOSE)
    @DeniedAs(action = "workplans.closing.propose", objectType = "workplan")
    String propose(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid CloseForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = readable(subject, id);
        return forms.submit(
                binding,
                model,
                "workplans.close.field.",
                () -> {
                    int number = proposals.propose(
                            subject,
                            id,
                            LocalDate.now(ZoneOffset.UTC),
                            form.decisions(),
                            form.reasonsIn(LocaleContextHolder.getLocale()));
                    forms.notice(redirect, "workplans.notice.closingProposed", number, others(plan, subject));
                    return "redirect:/workplans/" + id + "/close";
                },
                () -> show(subject, plan, form, WorkPlanForms.DecisionForm.EMPTY, model));
    }

    /** Approve (the plan is then closed), reject with a reason, or withdraw one's own proposal. */
    @PostMapping(DECISION)
    @DeniedAs(action = "workplans.closing.decide", objectType = "closing")
    String decide(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable String decision,
            @Valid WorkPlanForms.DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = readable(subject, id);
        ClosingSummary closing = proposals.readable(subject, id, number);
        Runnable step = WorkPlanForms.DecisionForm.step(
                decision,
                "closing",
                number,
                () -> {
                    PlanClosings.Closed closed = proposals.approve(subject, id, number, form.seenVersion());
                    forms.notice(
                            redirect,
                            "workplans.notice.planClosed",
                            closed.carried(),
                            closed.cancelled(),
                            Integer.toString(plan.year() + 1));
                },
                () -> {
                    proposals.reject(
                            subject,
                            id,
                            number,
                            form.seenVersion(),
                            form.reason().typed());
                    forms.notice(
                            redirect,
                            "workplans.notice.closingRejected",
                            Nations.name(closing.proposedBy(), LocaleContextHolder.getLocale()));
                },
                () -> {
                    proposals.withdraw(subject, id, number, form.seenVersion());
                    forms.notice(redirect, "workplans.notice.closingWithdrawn");
                });
        String next = "approve".equals(decision) ? "/workplans/" + id + "?closed" : "/workplans/" + id + "/close";
        return forms.submit(
                binding,
                model,
                WorkPlanController.LABELS,
                step,
                next,
                () -> show(subject, plan, CloseForm.EMPTY, form, model));
    }

    /** Drafts next year's plan from this closed one, and shows it. */
    @PostMapping(NEXT_YEAR)
    @DeniedAs(action = "workplans.plan.next", objectType = "workplan")
    String nextYear(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        PlanSummary plan = readable(subject, id);
        return forms.submit(
                new BeanPropertyBindingResult(plan, "plan"),
                model,
                "workplans.close.field.",
                () -> "redirect:/workplans/" + closings.draftNextYear(subject, id),
                () -> show(subject, plan, CloseForm.EMPTY, WorkPlanForms.DecisionForm.EMPTY, model));
    }

    private String show(
            Subject reader, PlanSummary plan, CloseForm form, WorkPlanForms.DecisionForm decision, Model model) {
        List<ClosingSummary> history = proposals.history(reader, plan.id());
        Optional<ClosingSummary> pending =
                history.stream().filter(ClosingSummary::pending).findFirst();
        boolean planner = plan.parties().contains(reader.nation())
                && policy.mayApproveFor(reader, reader.nation(), plan.label(), plan.committeeId())
                        .allowed();
        boolean ours = pending.map(c -> c.proposedBy().equals(reader.nation())).orElse(false);
        List<ActivitySummary> open = closings.undecided(reader, plan.id());
        model.addAttribute("plan", plan);
        model.addAttribute("open", open);
        model.addAttribute("form", form);
        model.addAttribute("closesFrom", YearEnd.closesFrom(plan.year()));
        model.addAttribute(
                "choices",
                Arrays.stream(YearEnd.Choice.values()).map(Enum::name).toList());
        model.addAttribute("history", history);
        model.addAttribute("pending", pending.orElse(null));
        // Only the forms that apply: proposing when nothing awaits a decision, deciding the other
        // party's proposal, withdrawing one's own.
        boolean stillOpen = plan.status() != PlanStatus.CLOSED;
        model.addAttribute("proposes", planner && stillOpen && pending.isEmpty());
        model.addAttribute("decides", planner && stillOpen && pending.isPresent() && !ours);
        model.addAttribute("withdraws", planner && stillOpen && ours);
        model.addAttribute(
                "stale",
                pending.map(c -> {
                            var versions = new java.util.LinkedHashMap<Long, Integer>();
                            open.forEach(a -> versions.put(a.id(), a.version()));
                            return Closing.of(c.proposedBy(), c.status(), c.items())
                                    .stale(versions);
                        })
                        .orElse(false));
        model.addAttribute("reason", decision.values());
        var labels = new ArrayList<Label>();
        open.forEach(a -> labels.add(a.label()));
        history.forEach(c -> labels.add(c.label()));
        labels.add(plan.label());
        model.addAttribute("label", Label.highWaterMark(plan.label().owner(), labels));
        return "workplans/close";
    }

    private PlanSummary readable(Subject reader, long id) {
        return plans.find(reader, id).orElseThrow(() -> new NotReadable("workplan", id));
    }

    private static String others(PlanSummary plan, Subject subject) {
        return AmendmentController.others(plan, subject, LocaleContextHolder.getLocale());
    }
}
