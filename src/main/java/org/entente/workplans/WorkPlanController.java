package org.entente.workplans;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.committees.CommitteeSummary;
import org.entente.committees.Committees;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work plans' pages: the list, a plan's table (filtered, grouped and sorted through htmx
 * without a full reload), proposing an activity, approving them all, signing, an indicator's actual
 * values, and the baseline against the plan as it is now. An activity's own page is {@link
 * ActivityController}'s.
 */
@Controller
class WorkPlanController {

    static final String LIST = "/workplans";
    static final String ONE = "/workplans/{id}";
    static final String PROPOSE = "/workplans/{id}/activities";
    static final String APPROVE_ALL = "/workplans/{id}/approve";
    static final String SIGN = "/workplans/{id}/sign";
    static final String BASELINE = "/workplans/{id}/baseline";
    static final String ACTUAL = "/workplans/{id}/indicators/{indicator}/actuals";

    /** The message key prefix of the forms' field names. */
    static final String LABELS = "workplans.field.";

    /** The model attribute of the actual value form's errors (it shares the plan page). */
    static final String ACTUAL_ERRORS = "actualErrors";

    /** The groupings of the plan table. */
    static final List<String> GROUPINGS = List.of("quarter", "domain", "nation", "status");

    private final WorkPlans plans;
    private final Committees committees;
    private final Agreements agreements;
    private final AccessPolicy policy;
    private final Forms forms;
    private final ClosingProposals closings;
    private final PlanPageReads pageReads;

    WorkPlanController(
            WorkPlans plans,
            Committees committees,
            Agreements agreements,
            AccessPolicy policy,
            Forms forms,
            ClosingProposals closings,
            PlanPageReads pageReads) {
        this.closings = closings;
        this.pageReads = pageReads;
        this.plans = plans;
        this.committees = committees;
        this.agreements = agreements;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal Subject reader, Model model) {
        showList(reader, model, WorkPlanForms.PlanForm.EMPTY);
        return "workplans/list";
    }

    @PostMapping(LIST)
    @DeniedAs(action = "workplans.plan.create", objectType = "workplan")
    String create(
            @AuthenticationPrincipal Subject subject,
            @Valid WorkPlanForms.PlanForm form,
            BindingResult binding,
            Model model) {
        if (committees.visibleTo(subject).stream()
                .noneMatch(c -> policy.mayWrite(subject, c.label(), c.id()).allowed())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return forms.submit(
                binding, model, LABELS, () -> "redirect:/workplans/" + plans.create(subject, form.plan()), () -> {
                    showList(subject, model, form);
                    return "workplans/list";
                });
    }

    private void showList(Subject reader, Model model, WorkPlanForms.PlanForm form) {
        Forms.noErrorsYet(model);
        List<PlanSummary> visible = plans.plans(reader, null, 0, 500).items();
        model.addAttribute("plans", visible);
        model.addAttribute("label", Label.highWaterMark(reader.nation(), labels(visible, PlanSummary::label)));
        List<CommitteeSummary> writable = committees.visibleTo(reader).stream()
                .filter(c -> policy.mayWrite(reader, c.label(), c.id()).allowed())
                .toList();
        model.addAttribute("committees", writable);
        model.addAttribute("form", form.values());
    }

    // One read-only transaction for the page's reads (issue 20): the reader's settings for row-level
    // security are set once, not once per service call.
    @Transactional(readOnly = true)
    @GetMapping(ONE)
    String one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            PlanQuery query,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @org.springframework.web.bind.annotation.RequestParam(name = "all", required = false) String all,
            Model model) {
        PlanSummary plan = readable(reader, id);
        showPlan(reader, plan, query, all, model, Map.of());
        return htmx != null ? "workplans/table" : "workplans/plan";
    }

    private void showPlan(Subject reader, PlanSummary plan, PlanQuery query, Model model, Map<String, String> form) {
        showPlan(reader, plan, query, null, model, form);
    }

    /** The plan page with its table's group {@code expanded} shown in full (null: every group collapsed). */
    private void showPlan(
            Subject reader, PlanSummary plan, PlanQuery query, String expanded, Model model, Map<String, String> form) {
        Forms.noErrorsYet(model);
        Forms.noErrorsYet(model, ACTUAL_ERRORS);
        WorkPlans.Filter filter = query.filter();
        String sort = query.sortOrCode();
        String group = PlanQuery.or(query.group(), "quarter");
        group = GROUPINGS.contains(group) ? group : "quarter";
        // Only the rows the collapsed table shows, with each group's size (issue 20).
        PlanPageReads.Shown shown = pageReads.shown(reader, plan.id(), filter, sort, group, expanded);
        PlanPageReads.PlanCounters counters = pageReads.countersOf(reader, plan.id());
        model.addAttribute("plan", plan);
        model.addAttribute("groups", shown.groups());
        model.addAttribute(
                "rows", new PlanTableRows(plan.id(), shown.groups(), filter, group, sort, shown.sizes(), expanded));
        model.addAttribute("group", group);
        model.addAttribute("sort", sort);
        model.addAttribute("filter", filter);
        model.addAttribute("shown", shown.total());
        model.addAttribute("objectives", plans.objectivesOf(reader, plan.id()));
        List<AmendmentSummary> amendments = plans.amendmentsOf(reader, plan.id());
        model.addAttribute("amendments", amendments);
        model.addAttribute("pending", PendingRows.of(amendments, filter, group));
        model.addAttribute("replanning", counters.replanning());
        model.addAttribute("onHold", counters.onHold());
        model.addAttribute(
                "awaiting",
                (plan.status().signed() ? 0 : counters.unapproved())
                        + (plan.parties().contains(reader.nation()) ? plans.amendmentsAwaiting(reader, plan.id()) : 0));
        model.addAttribute(
                "domains",
                agreements.domains().stream().filter(d -> !d.retired()).toList());
        model.addAttribute(
                "mayWrite",
                policy.mayWrite(reader, plan.label(), plan.committeeId()).allowed());
        model.addAttribute(
                "mayApprove",
                plan.parties().contains(reader.nation())
                        && policy.mayApproveFor(reader, reader.nation(), plan.label(), plan.committeeId())
                                .allowed());
        model.addAttribute("form", form);
        model.addAttribute("types", List.of(ActivityType.values()));
        model.addAttribute("statuses", List.of(ActivityStatus.values()));
        var labels = new ArrayList<Label>(counters.labels());
        // A year-end closing one party proposed, awaiting the other's decision (nego15b).
        ClosingSummary closing =
                plan.status().signed() ? closings.pending(reader, plan.id()).orElse(null) : null;
        model.addAttribute("closing", closing);
        if (closing != null) {
            labels.add(closing.label());
        }
        labels.add(plan.label());
        model.addAttribute("label", Label.highWaterMark(plan.label().owner(), labels));
    }

    @PostMapping(PROPOSE)
    String propose(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid ActivityForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PlanSummary plan = readable(subject, id);
        // Who may not propose learns that first (403, recorded), not what the form lacks.
        policy.mayWrite(subject, plan.label(), plan.committeeId())
                .orThrow("workplans.activity.create", "workplan", id, plan.label());
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> {
                    var submitted = plans.submit(subject, id, null, null, form.draft(plan.parties()), form.answered());
                    if (submitted.isAmendment()) {
                        // Back on the plan, the notice at the top, in view, with a link to the proposal's
                        // row. Not landing on the row itself: the notice would be out of view, and the
                        // rates loaded after the page pushed the row out of view too (nego15i).
                        forms.notice(
                                redirect,
                                "workplans.notice.amendmentSent",
                                submitted.amendment(),
                                others(plan, subject));
                        redirect.addFlashAttribute("noticeLink", "#amendment-" + submitted.amendment());
                        return "redirect:/workplans/" + id;
                    }
                    String code = plans.activity(subject, submitted.activity())
                            .map(ActivitySummary::code)
                            .orElse("");
                    forms.notice(redirect, "workplans.notice.proposalSent", code, others(plan, subject));
                    return "redirect:/workplans/" + id;
                },
                () -> {
                    showPlan(subject, plan, PlanQuery.NONE, model, form.values());
                    return "workplans/plan";
                });
    }

    @PostMapping(APPROVE_ALL)
    @DeniedAs(action = "workplans.activity.approve", objectType = "workplan")
    String approveAll(@AuthenticationPrincipal Subject subject, @PathVariable long id, PlanQuery query) {
        readable(subject, id);
        int count = plans.approveAll(subject, id, query.filter());
        return "redirect:/workplans/" + id + "?approved=" + count;
    }

    @GetMapping(SIGN)
    String signing(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model) {
        PlanSummary plan = readable(reader, id);
        showSigning(reader, plan, model, WorkPlanForms.SignForm.EMPTY);
        return "workplans/sign";
    }

    @PostMapping(SIGN)
    String sign(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid WorkPlanForms.SignForm form,
            BindingResult binding,
            Model model) {
        PlanSummary plan = readable(subject, id);
        policy.mayWrite(subject, plan.label(), plan.committeeId())
                .orThrow("workplans.plan.sign", "workplan", id, plan.label());
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> plans.sign(
                        subject,
                        id,
                        WorkPlanForms.number(form.version()),
                        form.sessionNumber(),
                        form.signatories(plan.parties())),
                "/workplans/" + id + "?signed",
                () -> {
                    showSigning(subject, readable(subject, id), model, form);
                    return "workplans/sign";
                });
    }

    private void showSigning(Subject reader, PlanSummary plan, Model model, WorkPlanForms.SignForm form) {
        Forms.noErrorsYet(model);
        model.addAttribute("plan", plan);
        model.addAttribute("sessions", committees.sessionsOf(reader, plan.committeeId()));
        model.addAttribute("form", form.values());
        model.addAttribute(
                "mayWrite",
                policy.mayWrite(reader, plan.label(), plan.committeeId()).allowed());
        model.addAttribute("label", plan.label());
    }

    @GetMapping(BASELINE)
    String baseline(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model) {
        PlanSummary plan = readable(reader, id);
        model.addAttribute("plan", plan);
        model.addAttribute("differences", plans.differences(reader, id));
        model.addAttribute("label", plan.label());
        return "workplans/baseline";
    }

    /** Records an indicator's actual value for a quarter. */
    @PostMapping(ACTUAL)
    @DeniedAs(action = "workplans.indicator.actual", objectType = "indicator")
    String actual(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable long indicator,
            @Valid WorkPlanForms.ActualForm form,
            BindingResult binding,
            Model model) {
        PlanSummary plan = readable(subject, id);
        return forms.submit(
                new Forms.Names(ACTUAL_ERRORS, LABELS, ""),
                binding,
                model,
                () -> plans.recordActual(subject, indicator, form.quarterNumber(), form.amount()),
                "/workplans/" + id + "?recorded",
                () -> {
                    showPlan(subject, plan, PlanQuery.NONE, model, Map.of());
                    return "workplans/plan";
                });
    }

    private PlanSummary readable(Subject reader, long id) {
        return plans.find(reader, id).orElseThrow(() -> new NotReadable("workplan", id));
    }

    private static <T> List<Label> labels(List<T> records, Function<T, Label> label) {
        return new ArrayList<>(records.stream().map(label).toList());
    }

    private static String others(PlanSummary plan, Subject subject) {
        return AmendmentController.others(plan, subject, LocaleContextHolder.getLocale());
    }
}
