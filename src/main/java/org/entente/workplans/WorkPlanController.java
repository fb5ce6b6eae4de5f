package org.entente.workplans;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.committees.CommitteeSummary;
import org.entente.committees.Committees;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.entente.shared.web.IsoDate;
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
 * without a full reload), an activity with its approvals, edit and execution forms, signing, and
 * the baseline against the plan as it is now.
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
    static final String ACTIVITY = "/activities/{id}";
    static final String APPROVE = "/activities/{id}/approve";
    static final String EXECUTION = "/activities/{id}/{step}";

    /** The message key prefix of the forms' field names. */
    static final String LABELS = "workplans.field.";

    /** The model attribute of the actual value form's errors (it shares the plan page). */
    static final String ACTUAL_ERRORS = "actualErrors";

    /** The execution steps an activity's page posts. */
    static final List<String> STEPS = List.of("execute", "postpone", "cancel", "hold", "resume", "report");

    /** The groupings of the plan table. */
    static final List<String> GROUPINGS = List.of("quarter", "domain", "nation", "status");

    private final WorkPlans plans;
    private final Committees committees;
    private final Agreements agreements;
    private final AccessPolicy policy;
    private final Forms forms;
    private final ClosingProposals closings;

    WorkPlanController(
            WorkPlans plans,
            Committees committees,
            Agreements agreements,
            AccessPolicy policy,
            Forms forms,
            ClosingProposals closings) {
        this.closings = closings;
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
        showPlan(reader, plan, query, model, Map.of());
        if (all != null && model.getAttribute("rows") instanceof PlanTableRows rows) {
            model.addAttribute("rows", rows.expanding(all));
        }
        return htmx != null ? "workplans/table" : "workplans/plan";
    }

    private void showPlan(Subject reader, PlanSummary plan, PlanQuery query, Model model, Map<String, String> form) {
        Forms.noErrorsYet(model);
        Forms.noErrorsYet(model, ACTUAL_ERRORS);
        WorkPlans.Filter filter = query.filter();
        String sort = query.sortOrCode();
        String group = PlanQuery.or(query.group(), "quarter");
        group = GROUPINGS.contains(group) ? group : "quarter";
        List<ActivitySummary> activities = plans.activitiesOf(reader, plan.id(), filter, sort);
        PlanReads.PlanCounters counters = plans.countersOf(reader, plan.id());
        var groups = new TreeMap<String, List<ActivitySummary>>();
        for (ActivitySummary activity : activities) {
            groups.computeIfAbsent(groupKey(group, activity), k -> new ArrayList<>())
                    .add(activity);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("groups", groups);
        model.addAttribute("rows", new PlanTableRows(plan.id(), groups, filter, group, sort, null));
        model.addAttribute("group", group);
        model.addAttribute("sort", sort);
        model.addAttribute("filter", filter);
        model.addAttribute("shown", activities.size());
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

    private static String groupKey(String group, ActivitySummary a) {
        return switch (group) {
            case "domain" -> a.domain();
            case "nation" -> a.leadNation();
            case "status" -> PendingRows.statusKey(a.status());
            default -> a.quarter() == null ? "5" : a.quarter().toString();
        };
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
                    var submitted = plans.submit(subject, id, null, null, form.draft(plan.parties()));
                    if (submitted.isAmendment()) {
                        // Back on the plan, the notice at the top and the proposal in its row.
                        forms.notice(
                                redirect,
                                "workplans.notice.amendmentSent",
                                submitted.amendment(),
                                others(plan, subject));
                        return "redirect:/workplans/" + id + "#amendment-" + submitted.amendment();
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

    /** The activity read first; {@code ?edit} opens its form (htmx swaps it in, or a plain link). */
    @Transactional(readOnly = true) // one transaction for the page's reads, as the plan page
    @GetMapping(ACTIVITY)
    String activity(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String edit,
            Model model) {
        ActivitySummary activity = readableActivity(reader, id);
        model.addAttribute("editing", edit != null);
        showActivity(reader, activity, model, ActivityForm.of(activity));
        return "workplans/activity";
    }

    @PostMapping(ACTIVITY)
    String change(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid ActivityForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ActivitySummary activity = readableActivity(subject, id);
        PlanSummary plan = readable(subject, activity.planId());
        policy.mayWrite(subject, activity.label(), plan.committeeId())
                .orThrow("workplans.activity.change", "activity", id, activity.label());
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> {
                    var submitted = plans.submit(
                            subject, plan.id(), id, WorkPlanForms.number(form.version()), form.draft(plan.parties()));
                    if (submitted.isAmendment()) {
                        return amendmentSent(redirect, subject, plan, submitted.amendment());
                    }
                    forms.notice(redirect, "workplans.notice.activityChanged", activity.code());
                    return "redirect:/activities/" + id;
                },
                () -> {
                    // Refused: the form stays open, with what was typed and the errors.
                    model.addAttribute("editing", true);
                    model.addAttribute("stale", response.getStatus() == HttpStatus.CONFLICT.value());
                    showActivity(subject, readableActivity(subject, id), model, form.values());
                    return "workplans/activity";
                });
    }

    @PostMapping(APPROVE)
    @DeniedAs(action = "workplans.activity.approve", objectType = "activity")
    String approve(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid WorkPlanForms.ApprovalForm form,
            BindingResult binding,
            Model model) {
        ActivitySummary activity = readableActivity(subject, id);
        String nation = ActivityForm.blankToNull(form.nation()) == null ? subject.nation() : form.nation();
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> plans.approve(subject, id, nation, WorkPlanForms.number(form.version())),
                "/activities/" + id + "?approved",
                () -> {
                    showActivity(subject, activity, model, ActivityForm.of(activity));
                    return "workplans/activity";
                });
    }

    @PostMapping(EXECUTION)
    @DeniedAs(action = "workplans.activity.execution", objectType = "activity")
    String execution(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable String step,
            @Valid WorkPlanForms.ExecutionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!STEPS.contains(step)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ActivitySummary activity = readableActivity(subject, id);
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> {
                    Integer version = WorkPlanForms.number(form.version());
                    switch (step) {
                        case "execute" ->
                            plans.execute(
                                    subject,
                                    id,
                                    version,
                                    IsoDate.Check.day(form.actualStart()),
                                    IsoDate.Check.day(form.actualEnd()));
                        case "postpone" ->
                            plans.postpone(
                                    subject,
                                    id,
                                    version,
                                    WorkPlanForms.number(form.plannedQuarter()),
                                    IsoDate.Check.day(form.plannedStart()),
                                    IsoDate.Check.day(form.plannedEnd()),
                                    typed(form.reason()));
                        case "cancel" -> plans.cancel(subject, id, version, typed(form.reason()));
                        case "hold" -> plans.hold(subject, id, version, typed(form.reason()));
                        case "resume" -> plans.resume(subject, id, version, typed(form.reason()));
                        default ->
                            plans.report(
                                    subject,
                                    id,
                                    version,
                                    new ActivitySummary.Report(form.outcomes(), form.lessons(), form.followUps()));
                    }
                    // nego15e: the page says at its top what the step did ("Activity … put on hold.").
                    forms.notice(redirect, "workplans.notice.step." + step, activity.code());
                    return "redirect:/activities/" + id + "?recorded";
                },
                () -> {
                    model.addAttribute("executionForm", form.values());
                    model.addAttribute("executionStep", step);
                    showActivity(subject, readableActivity(subject, id), model, ActivityForm.of(activity));
                    return "workplans/activity";
                });
    }

    private void showActivity(Subject reader, ActivitySummary activity, Model model, Map<String, String> form) {
        Forms.noErrorsYet(model);
        PlanSummary plan = readable(reader, activity.planId());
        model.addAttribute("activity", activity);
        model.addAttribute("plan", plan);
        model.addAttribute("history", plans.historyOf(reader, activity.id()));
        model.addAttribute("objectives", plans.objectivesOf(reader, plan.id()));
        model.addAttribute(
                "domains",
                agreements.domains().stream().filter(d -> !d.retired()).toList());
        model.addAttribute("types", List.of(ActivityType.values()));
        model.addAttribute("form", form);
        model.addAttribute(
                "mayWrite",
                policy.mayWrite(reader, activity.label(), plan.committeeId()).allowed());
        model.addAttribute(
                "mayApprove",
                !plan.status().signed()
                        && plan.parties().contains(reader.nation())
                        && !activity.approvedBy(reader.nation())
                        && policy.mayApproveFor(reader, reader.nation(), activity.label(), plan.committeeId())
                                .allowed());
        // Resuming by hand is not offered when the agreement's suspension put the activity on hold
        // (asked only of an activity on hold: no statement more on any other activity page).
        model.addAttribute(
                "heldBySuspension",
                activity.status() == ActivityStatus.ON_HOLD && plans.heldBySuspension(activity.id()));
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        if (!model.containsAttribute("executionForm")) {
            model.addAttribute("executionForm", Map.of());
        }
        model.addAttribute(
                "label", Label.highWaterMark(activity.label().owner(), List.of(activity.label(), plan.label())));
    }

    private PlanSummary readable(Subject reader, long id) {
        return plans.find(reader, id).orElseThrow(() -> new NotReadable("workplan", id));
    }

    private ActivitySummary readableActivity(Subject reader, long id) {
        return plans.activity(reader, id).orElseThrow(() -> new NotReadable("activity", id));
    }

    private static <T> List<Label> labels(List<T> records, Function<T, Label> label) {
        return new ArrayList<>(records.stream().map(label).toList());
    }

    /** The domains' names, for the templates. */
    static Map<String, Domain> byCode(List<Domain> domains) {
        var map = new TreeMap<String, Domain>();
        domains.forEach(d -> map.put(d.code(), d));
        return map;
    }

    static List<Classification> levels() {
        return List.of(Classification.values());
    }

    /** To the amendment a proposal or change to a signed plan opened, saying whom it waits for. */
    private String amendmentSent(RedirectAttributes redirect, Subject subject, PlanSummary plan, int number) {
        forms.notice(redirect, "workplans.notice.amendmentSent", number, others(plan, subject));
        return "redirect:/workplans/" + plan.id() + "/amendments/" + number;
    }

    private static String others(PlanSummary plan, Subject subject) {
        return AmendmentController.others(plan, subject, LocaleContextHolder.getLocale());
    }

    private static org.entente.shared.LocalizedText typed(org.entente.shared.web.LanguageTexts texts) {
        return texts == null ? null : texts.typed();
    }
}
