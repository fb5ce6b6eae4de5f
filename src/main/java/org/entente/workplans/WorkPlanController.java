package org.entente.workplans;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.committees.CommitteeSummary;
import org.entente.committees.Committees;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The work plans' pages: the list, a plan's table (filtered, grouped and sorted through htmx
 * without a full reload), an activity with its approvals, edit and execution forms, signing, and
 * the baseline against the plan as it is now.
 */
@Controller
class WorkPlanController {

    static final String LIST = "/workplans";
    static final String DASHBOARD = "/workplans/dashboard";
    static final String ONE = "/workplans/{id}";
    static final String PROPOSE = "/workplans/{id}/activities";
    static final String APPROVE_ALL = "/workplans/{id}/approve";
    static final String SIGN = "/workplans/{id}/sign";
    static final String BASELINE = "/workplans/{id}/baseline";
    static final String OVERVIEW = "/workplans/{id}/overview";
    static final String ACTUAL = "/workplans/{id}/indicators/{indicator}/actuals";
    static final String AMENDMENT = "/workplans/{id}/amendments/{number}/approve";
    static final String ACTIVITY = "/activities/{id}";
    static final String APPROVE = "/activities/{id}/approve";
    static final String EXECUTION = "/activities/{id}/{step}";

    /** The groupings of the plan table. */
    static final List<String> GROUPINGS = List.of("quarter", "domain", "nation", "status");

    private final WorkPlans plans;
    private final Committees committees;
    private final Agreements agreements;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    WorkPlanController(
            WorkPlans plans, Committees committees, Agreements agreements, AccessPolicy policy, AuditTrail audit) {
        this.plans = plans;
        this.committees = committees;
        this.agreements = agreements;
        this.policy = policy;
        this.audit = audit;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal Subject reader, Model model) {
        showList(reader, model, Map.of(), Map.of());
        return "workplans/list";
    }

    @PostMapping(LIST)
    String create(
            @AuthenticationPrincipal Subject subject,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        if (committees.visibleTo(subject).stream()
                .noneMatch(c -> policy.mayWrite(subject, c.label(), c.id()).allowed())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var errors = new LinkedHashMap<String, String>();
        Long committee = null;
        try {
            committee = Long.valueOf(form.getOrDefault("committee", ""));
        } catch (NumberFormatException unknown) {
            errors.put("committee", "workplans.plan.committee.required");
        }
        Integer year = ActivityForm.number(form, "year", errors, "year");
        if (year == null) {
            errors.putIfAbsent("year", "workplans.plan.year.invalid");
        }
        if (errors.isEmpty()) {
            try {
                long id = plans.create(
                        subject, new NewPlan(committee, year, ActivityForm.text(form, "title"), null, false));
                return "redirect:/workplans/" + id;
            } catch (AccessDeniedException denied) {
                denied(denied, "workplans.plan.create", "workplan", null);
                response.setStatus(
                        committees.find(subject, committee).isPresent() ? 403 : HttpStatus.NOT_FOUND.value());
                errors.put("committee", denied.messageKey());
            } catch (WorkPlanRefusedException refused) {
                errors.putAll(refused.errors());
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        showList(subject, model, form, errors);
        return "workplans/list";
    }

    private void showList(Subject reader, Model model, Map<String, String> form, Map<String, String> errors) {
        List<PlanSummary> visible = plans.plans(reader, null, 0, 500).items();
        model.addAttribute("plans", visible);
        model.addAttribute("label", Label.highWaterMark(reader.nation(), labels(visible, PlanSummary::label)));
        List<CommitteeSummary> writable = committees.visibleTo(reader).stream()
                .filter(c -> policy.mayWrite(reader, c.label(), c.id()).allowed())
                .toList();
        model.addAttribute("committees", writable);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    @GetMapping(ONE)
    String one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        PlanSummary plan = readable(reader, id);
        showPlan(reader, plan, params, model, Map.of(), Map.of());
        return htmx != null ? "workplans/table" : "workplans/plan";
    }

    private void showPlan(
            Subject reader,
            PlanSummary plan,
            Map<String, String> params,
            Model model,
            Map<String, String> form,
            Map<String, String> errors) {
        WorkPlans.Filter filter = filter(params);
        String sort = params.getOrDefault("sort", "code");
        sort = WorkPlans.SORTS.containsKey(sort) ? sort : "code";
        String group = params.getOrDefault("group", "quarter");
        group = GROUPINGS.contains(group) ? group : "quarter";
        List<ActivitySummary> activities = plans.activitiesOf(reader, plan.id(), filter, sort);
        List<ActivitySummary> all = plans.activitiesOf(reader, plan.id(), WorkPlans.Filter.NONE, "code");
        var groups = new TreeMap<String, List<ActivitySummary>>();
        for (ActivitySummary activity : activities) {
            groups.computeIfAbsent(groupKey(group, activity), k -> new ArrayList<>())
                    .add(activity);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("groups", groups);
        model.addAttribute("group", group);
        model.addAttribute("sort", sort);
        model.addAttribute("filter", filter);
        model.addAttribute("shown", activities.size());
        model.addAttribute("objectives", plans.objectivesOf(reader, plan.id()));
        model.addAttribute("amendments", plans.amendmentsOf(reader, plan.id()));
        model.addAttribute(
                "replanning",
                all.stream().filter(ActivitySummary::needsReplanning).toList());
        model.addAttribute(
                "onHold",
                all.stream().filter(a -> a.status() == ActivityStatus.ON_HOLD).count());
        model.addAttribute(
                "awaiting",
                all.stream()
                        .filter(a -> !plan.status().signed() && !a.approvedBy(reader.nation()))
                        .count());
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
        model.addAttribute("errors", errors);
        model.addAttribute("types", List.of(ActivityType.values()));
        model.addAttribute("statuses", List.of(ActivityStatus.values()));
        var labels = labels(all, ActivitySummary::label);
        labels.add(plan.label());
        model.addAttribute("label", Label.highWaterMark(reader.nation(), labels));
    }

    private static String groupKey(String group, ActivitySummary a) {
        return switch (group) {
            case "domain" -> a.domain();
            case "nation" -> a.leadNation();
            case "status" -> "%d-%s".formatted(a.status().ordinal(), a.status().name());
            default -> a.quarter() == null ? "5" : a.quarter().toString();
        };
    }

    static WorkPlans.Filter filter(Map<String, String> params) {
        Integer quarter = null;
        try {
            String q = ActivityForm.blankToNull(params.get("quarter"));
            quarter = q == null ? null : Integer.valueOf(q);
        } catch (NumberFormatException ignored) {
            // an unknown quarter filters nothing
        }
        ActivityStatus status = null;
        try {
            String s = ActivityForm.blankToNull(params.get("status"));
            status = s == null ? null : ActivityStatus.valueOf(s);
        } catch (IllegalArgumentException ignored) {
            // an unknown status filters nothing
        }
        return new WorkPlans.Filter(
                quarter,
                ActivityForm.blankToNull(params.get("domain")),
                ActivityForm.upper(params.get("nation")),
                status,
                ActivityForm.upper(params.get("awaiting")));
    }

    @PostMapping(PROPOSE)
    String propose(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        PlanSummary plan = readable(subject, id);
        var errors = new LinkedHashMap<String, String>();
        ActivityDraft draft = ActivityForm.draft(form, plan.parties(), errors);
        if (errors.isEmpty()) {
            try {
                long activity = plan.status().signed()
                        ? plans.proposeAmendment(subject, id, null, draft)
                        : plans.propose(subject, id, draft);
                return plan.status().signed()
                        ? "redirect:/workplans/" + id + "?amended"
                        : "redirect:/activities/" + activity;
            } catch (AccessDeniedException denied) {
                denied(denied, "workplans.activity.create", "workplan", plan.label());
                response.setStatus(HttpStatus.FORBIDDEN.value());
                errors.put("activity", denied.messageKey());
            } catch (WorkPlanRefusedException refused) {
                errors.putAll(refused.errors());
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        showPlan(subject, plan, Map.of(), model, form, errors);
        return "workplans/plan";
    }

    @PostMapping(APPROVE_ALL)
    String approveAll(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            HttpServletResponse response) {
        PlanSummary plan = readable(subject, id);
        try {
            int count = plans.approveAll(subject, id, filter(params));
            return "redirect:/workplans/" + id + "?approved=" + count;
        } catch (AccessDeniedException denied) {
            denied(denied, "workplans.activity.approve", "workplan", plan.label());
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (WorkPlanRefusedException refused) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping(SIGN)
    String signing(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model) {
        PlanSummary plan = readable(reader, id);
        showSigning(reader, plan, model, Map.of(), Map.of());
        return "workplans/sign";
    }

    @PostMapping(SIGN)
    String sign(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        PlanSummary plan = readable(subject, id);
        if (!policy.mayWrite(subject, plan.label(), plan.committeeId()).allowed()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var errors = new LinkedHashMap<String, String>();
        Integer session = ActivityForm.number(form, "session", errors, "session");
        Integer version = ActivityForm.number(form, "version", errors, "version");
        var signatories = new ArrayList<PlanSignatory>();
        for (String nation : plan.parties()) {
            signatories.add(new PlanSignatory(nation, form.get("signatory." + nation), form.get("capacity." + nation)));
        }
        if (session == null) {
            errors.put("session", "workplans.sign.session.unknown");
        }
        if (errors.isEmpty()) {
            try {
                plans.sign(subject, id, version, session, signatories);
                return "redirect:/workplans/" + id + "?signed";
            } catch (AccessDeniedException denied) {
                denied(denied, "workplans.plan.sign", "workplan", plan.label());
                response.setStatus(HttpStatus.FORBIDDEN.value());
                errors.put("plan", denied.messageKey());
            } catch (WorkPlanRefusedException refused) {
                errors.putAll(refused.errors());
            } catch (StaleVersionException stale) {
                errors.put("plan", "workplans.stale");
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        showSigning(subject, readable(subject, id), model, form, errors);
        return "workplans/sign";
    }

    private void showSigning(
            Subject reader, PlanSummary plan, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("sessions", committees.sessionsOf(reader, plan.committeeId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
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
    String actual(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable long indicator,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        PlanSummary plan = readable(subject, id);
        var errors = new LinkedHashMap<String, String>();
        Integer quarter = ActivityForm.number(form, "quarter", errors, "quarter");
        java.math.BigDecimal value = null;
        try {
            String raw = ActivityForm.blankToNull(form.get("value"));
            value = raw == null ? null : new java.math.BigDecimal(raw);
        } catch (NumberFormatException notANumber) {
            errors.put("value", "workplans.field.number");
        }
        try {
            plans.recordActual(subject, indicator, quarter == null ? 0 : quarter, value);
            if (errors.isEmpty()) {
                return "redirect:/workplans/" + id + "?recorded";
            }
        } catch (AccessDeniedException denied) {
            if ("access.notReadable".equals(denied.messageKey())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            denied(denied, "workplans.indicator.actual", "indicator", plan.label());
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (WorkPlanRefusedException refused) {
            refused.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        showPlan(subject, plan, Map.of(), model, Map.of(), errors);
        return "workplans/plan";
    }

    /** Every plan of a year the reader may see, together: counts by quarter, domain and nation. */
    @GetMapping(DASHBOARD)
    String dashboard(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) Integer year,
            Locale locale,
            Model model) {
        int shown = year == null || year < 1900 || year > 2999
                ? LocalDate.now(ZoneOffset.UTC).getYear()
                : year;
        List<ActivitySummary> all = plans.activitiesIn(reader, shown);
        boolean rightToLeft = List.of("ar", "he").contains(locale.getLanguage());
        model.addAttribute("year", shown);
        model.addAttribute("plans", (int)
                all.stream().map(ActivitySummary::planId).distinct().count());
        model.addAttribute("overview", PlanOverview.of(shown, all, LocalDate.now(ZoneOffset.UTC), rightToLeft));
        model.addAttribute("domains", agreements.domains());
        model.addAttribute("label", Label.highWaterMark(reader.nation(), labels(all, ActivitySummary::label)));
        return "workplans/dashboard";
    }

    /** The plan's timeline and dashboard, over what the reader may see. */
    @GetMapping(OVERVIEW)
    String overview(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale, Model model) {
        PlanSummary plan = readable(reader, id);
        List<ActivitySummary> all = plans.activitiesOf(reader, id, WorkPlans.Filter.NONE, "quarter");
        boolean rightToLeft = List.of("ar", "he").contains(locale.getLanguage());
        var months = new ArrayList<String>();
        DateFormat month = DateFormat.getInstanceForSkeleton("MMM", ULocale.forLocale(locale));
        month.setTimeZone(TimeZone.GMT_ZONE);
        for (int m = 1; m <= 12; m++) {
            months.add(month.format(new Date(LocalDate.of(plan.year(), m, 15)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .toEpochMilli())));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("months", months);
        model.addAttribute("overview", PlanOverview.of(plan.year(), all, LocalDate.now(ZoneOffset.UTC), rightToLeft));
        model.addAttribute("domains", agreements.domains());
        var labels = labels(all, ActivitySummary::label);
        labels.add(plan.label());
        model.addAttribute("label", Label.highWaterMark(reader.nation(), labels));
        return "workplans/overview";
    }

    @PostMapping(AMENDMENT)
    String approveAmendment(@AuthenticationPrincipal Subject subject, @PathVariable long id, @PathVariable int number) {
        PlanSummary plan = readable(subject, id);
        try {
            plans.approveAmendment(subject, id, number);
            return "redirect:/workplans/" + id + "?amendmentApproved";
        } catch (AccessDeniedException denied) {
            if ("access.notReadable".equals(denied.messageKey())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            denied(denied, "workplans.amendment.approve", "workplan", plan.label());
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (WorkPlanRefusedException refused) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping(ACTIVITY)
    String activity(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model) {
        ActivitySummary activity = readableActivity(reader, id);
        showActivity(reader, activity, model, ActivityForm.of(activity), Map.of());
        return "workplans/activity";
    }

    @PostMapping(ACTIVITY)
    String change(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        ActivitySummary activity = readableActivity(subject, id);
        PlanSummary plan = readable(subject, activity.planId());
        var errors = new LinkedHashMap<String, String>();
        ActivityDraft draft = ActivityForm.draft(form, plan.parties(), errors);
        Integer version = ActivityForm.number(form, "version", errors, "version");
        if (errors.isEmpty()) {
            try {
                if (plan.status().signed()) {
                    plans.proposeAmendment(subject, plan.id(), id, draft);
                    return "redirect:/workplans/" + plan.id() + "?amended";
                }
                plans.change(subject, id, version, draft);
                return "redirect:/activities/" + id + "?changed";
            } catch (AccessDeniedException denied) {
                denied(denied, "workplans.activity.change", "activity", activity.label());
                response.setStatus(HttpStatus.FORBIDDEN.value());
                errors.put("activity", denied.messageKey());
            } catch (WorkPlanRefusedException refused) {
                errors.putAll(refused.errors());
            } catch (StaleVersionException stale) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.put("activity", "workplans.stale");
                model.addAttribute("stale", true);
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        showActivity(subject, readableActivity(subject, id), model, form, errors);
        return "workplans/activity";
    }

    @PostMapping(APPROVE)
    String approve(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        ActivitySummary activity = readableActivity(subject, id);
        var errors = new LinkedHashMap<String, String>();
        Integer version = ActivityForm.number(form, "version", errors, "version");
        String nation = form.getOrDefault("nation", subject.nation());
        try {
            plans.approve(subject, id, nation, version);
            return "redirect:/activities/" + id + "?approved";
        } catch (AccessDeniedException denied) {
            denied(denied, "workplans.activity.approve", "activity", activity.label());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            errors.put("approval", denied.messageKey());
        } catch (WorkPlanRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors.putAll(refused.errors());
        } catch (StaleVersionException stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.put("approval", "workplans.stale");
        }
        showActivity(subject, activity, model, ActivityForm.of(activity), errors);
        return "workplans/activity";
    }

    @PostMapping(EXECUTION)
    String execution(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable String step,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response) {
        ActivitySummary activity = readableActivity(subject, id);
        var errors = new LinkedHashMap<String, String>();
        Integer version = ActivityForm.number(form, "version", errors, "version");
        try {
            switch (step) {
                case "execute" ->
                    plans.execute(
                            subject,
                            id,
                            version,
                            ActivityForm.date(form, "actualStart", errors),
                            ActivityForm.date(form, "actualEnd", errors));
                case "postpone" ->
                    plans.postpone(
                            subject,
                            id,
                            version,
                            ActivityForm.number(form, "plannedQuarter", errors, "plannedQuarter"),
                            ActivityForm.date(form, "plannedStart", errors),
                            ActivityForm.date(form, "plannedEnd", errors),
                            form.get("reason"));
                case "cancel" -> plans.cancel(subject, id, version, form.get("reason"));
                case "report" ->
                    plans.report(
                            subject,
                            id,
                            version,
                            new ActivitySummary.Report(
                                    form.get("outcomes"), form.get("lessons"), form.get("followUps")));
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (errors.isEmpty()) {
                return "redirect:/activities/" + id + "?recorded";
            }
        } catch (AccessDeniedException denied) {
            denied(denied, "workplans.activity." + step, "activity", activity.label());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            errors.put("execution", denied.messageKey());
        } catch (WorkPlanRefusedException refused) {
            errors.putAll(refused.errors());
        } catch (StaleVersionException stale) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.put("execution", "workplans.stale");
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        showActivity(subject, readableActivity(subject, id), model, ActivityForm.of(activity), errors);
        model.addAttribute("executionForm", form);
        return "workplans/activity";
    }

    private void showActivity(
            Subject reader,
            ActivitySummary activity,
            Model model,
            Map<String, String> form,
            Map<String, String> errors) {
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
        model.addAttribute("errors", errors);
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
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        if (!model.containsAttribute("executionForm")) {
            model.addAttribute("executionForm", Map.of());
        }
        model.addAttribute("label", Label.highWaterMark(reader.nation(), List.of(activity.label(), plan.label())));
    }

    private void denied(AccessDeniedException denied, String action, String type, Label label) {
        audit.recordSeparately(AuditEvent.denied(action, type, null, label).with("reason", denied.messageKey()));
    }

    private PlanSummary readable(Subject reader, long id) {
        return plans.find(reader, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ActivitySummary readableActivity(Subject reader, long id) {
        return plans.activity(reader, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
}
