package org.entente.workplans;

import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.entente.shared.web.IsoDate;
import org.entente.shared.web.LanguageTexts;
import org.entente.shared.web.PageNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An activity's page: the activity with its history, its edit form (a change to a signed plan
 * opens an amendment instead), the approvals, and the execution steps. The plans' own pages are
 * {@link WorkPlanController}'s.
 */
@Controller
class ActivityController {

    static final String ACTIVITY = "/activities/{id}";
    static final String APPROVE = "/activities/{id}/approve";
    static final String EXECUTION = "/activities/{id}/{step}";

    /** The execution steps an activity's page posts. */
    static final List<String> STEPS = List.of("execute", "postpone", "cancel", "hold", "resume", "report");

    private final WorkPlans plans;
    private final Agreements agreements;
    private final AccessPolicy policy;
    private final Forms forms;

    ActivityController(WorkPlans plans, Agreements agreements, AccessPolicy policy, Forms forms) {
        this.plans = plans;
        this.agreements = agreements;
        this.policy = policy;
        this.forms = forms;
    }

    /** The activity read first; {@code ?edit} opens its form (htmx swaps it in, or a plain link). */
    @Transactional(readOnly = true) // one transaction for the page's reads, as the plan page
    @GetMapping(ACTIVITY)
    String activity(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @RequestParam(required = false) String edit,
            @ModelAttribute(name = "viewer", binding = false) PageNames names,
            Model model) {
        ActivitySummary activity = readableActivity(reader, id);
        model.addAttribute("editing", edit != null);
        showActivity(reader, activity, names, model, ActivityForm.of(activity));
        return "workplans/activity";
    }

    @PostMapping(ACTIVITY)
    String change(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid ActivityForm form,
            BindingResult binding,
            @ModelAttribute(name = "viewer", binding = false) PageNames names,
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
                WorkPlanController.LABELS,
                () -> {
                    var submitted = plans.submit(
                            subject,
                            plan.id(),
                            id,
                            WorkPlanForms.number(form.version()),
                            form.draft(plan.parties()),
                            form.answered());
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
                    showActivity(subject, readableActivity(subject, id), names, model, form.values());
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
            @ModelAttribute(name = "viewer", binding = false) PageNames names,
            Model model) {
        ActivitySummary activity = readableActivity(subject, id);
        String nation = ActivityForm.blankToNull(form.nation()) == null ? subject.nation() : form.nation();
        return forms.submit(
                binding,
                model,
                WorkPlanController.LABELS,
                () -> plans.approve(subject, id, nation, WorkPlanForms.number(form.version())),
                "/activities/" + id + "?approved",
                () -> {
                    showActivity(subject, activity, names, model, ActivityForm.of(activity));
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
            @ModelAttribute(name = "viewer", binding = false) PageNames names,
            Model model,
            RedirectAttributes redirect) {
        if (!STEPS.contains(step)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ActivitySummary activity = readableActivity(subject, id);
        return forms.submit(
                binding,
                model,
                WorkPlanController.LABELS,
                () -> {
                    Integer version = WorkPlanForms.number(form.version());
                    ActivityExecution.NewPeriod postponedTo = null;
                    switch (step) {
                        case "execute" ->
                            plans.execute(
                                    subject,
                                    id,
                                    version,
                                    IsoDate.Check.day(form.actualStart()),
                                    IsoDate.Check.day(form.actualEnd()));
                        case "postpone" ->
                            postponedTo = plans.postpone(
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
                    if (postponedTo == null) {
                        forms.notice(redirect, "workplans.notice.step." + step, activity.code());
                    } else if (postponedTo.start() != null) {
                        // Where it went: to its new dates, as the reader writes them…
                        forms.notice(
                                redirect,
                                "workplans.notice.postponedToDates",
                                activity.code(),
                                days(postponedTo, LocaleContextHolder.getLocale()));
                    } else {
                        // …or to a quarter of the plan's year: "postponed to Q2 2027".
                        forms.notice(
                                redirect,
                                "workplans.notice.postponedToQuarter",
                                activity.code(),
                                Integer.toString(postponedTo.quarter()),
                                Integer.toString(postponedTo.planYear()));
                    }
                    return "redirect:/activities/" + id + "?recorded";
                },
                () -> {
                    model.addAttribute("executionForm", form.values());
                    model.addAttribute("executionStep", step);
                    showActivity(subject, readableActivity(subject, id), names, model, ActivityForm.of(activity));
                    return "workplans/activity";
                });
    }

    private void showActivity(
            Subject reader, ActivitySummary activity, PageNames names, Model model, Map<String, String> form) {
        Forms.noErrorsYet(model);
        PlanSummary plan = readable(reader, activity.planId());
        model.addAttribute("activity", activity);
        model.addAttribute("plan", plan);
        List<ActivityHistory> history = plans.historyOf(reader, activity.id());
        // The history's actors named in the page's reads, not one transaction each while it is written.
        names.knowing(history.stream().map(ActivityHistory::actor).toList());
        model.addAttribute("history", history);
        // The plan's objectives are offered only by the edit form: not read for a page that shows none.
        model.addAttribute(
                "objectives",
                Boolean.TRUE.equals(model.getAttribute("editing")) ? plans.objectivesOf(reader, plan.id()) : List.of());
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

    /** To the amendment a change to a signed plan opened, saying whom it waits for. */
    private String amendmentSent(RedirectAttributes redirect, Subject subject, PlanSummary plan, int number) {
        forms.notice(
                redirect,
                "workplans.notice.amendmentSent",
                number,
                AmendmentController.others(plan, subject, LocaleContextHolder.getLocale()));
        return "redirect:/workplans/" + plan.id() + "/amendments/" + number;
    }

    /** A postponed activity's new days the CLDR way for the reader: "16–20 November 2026", "16–20 نونبر 2026". */
    static String days(ActivityExecution.NewPeriod period, Locale locale) {
        DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMd", ULocale.forLocale(locale));
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(new DateInterval(utcMillis(period.start()), utcMillis(period.end())));
    }

    private static long utcMillis(java.time.LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static LocalizedText typed(LanguageTexts texts) {
        return texts == null ? null : texts.typed();
    }
}
