package org.entente.workplans;

import static org.entente.workplans.PlanRows.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/**
 * Checks and tidies an activity draft against its plan: every bad field is named, and nothing is
 * stored when one is.
 */
@Component
class DraftCheck {

    /** What a draft is checked against: the domains in use and the plan's objectives. */
    record Known(Set<String> domains, Set<Long> objectives) {}

    private final Agreements agreements;
    private final PlanReads reads;

    DraftCheck(Agreements agreements, PlanReads reads) {
        this.agreements = agreements;
        this.reads = reads;
    }

    Known known(Subject subject, PlanSummary plan) {
        return new Known(
                agreements.domains().stream()
                        .filter(d -> !d.retired())
                        .map(Domain::code)
                        .collect(Collectors.toSet()),
                reads.objectivesOf(subject, plan.id()).stream()
                        .map(ObjectiveSummary::id)
                        .collect(Collectors.toSet()));
    }

    ActivityDraft validate(Subject subject, PlanSummary plan, ActivityDraft draft) {
        return validate(plan, draft, known(subject, plan));
    }

    static ActivityDraft validate(PlanSummary plan, ActivityDraft draft, Known known) {
        var errors = new LinkedHashMap<String, String>();
        LocalizedText title = clean(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "workplans.activity.title.required");
        }
        org.entente.shared.OptionalTexts.check("title", title, Limits.TITLE, errors);
        Limits.check("description", draft.description(), Limits.TEXT, errors);
        Limits.check("city", draft.city(), Limits.NAME, errors);
        if (draft.type() == null) {
            errors.put("type", "workplans.activity.type.required");
        }
        if (draft.domain() == null || !known.domains().contains(draft.domain())) {
            errors.put("domain", "workplans.activity.domain.unknown");
        }
        if (draft.leadNation() == null || !plan.parties().contains(draft.leadNation())) {
            errors.put("leadNation", "workplans.activity.nation.notParty");
        }
        if (draft.hostNation() == null || !plan.parties().contains(draft.hostNation())) {
            errors.put("hostNation", "workplans.activity.nation.notParty");
        }
        Integer quarter = draft.plannedQuarter();
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            errors.put("plannedQuarter", "workplans.quarter.invalid");
        }
        LocalDate start = draft.plannedStart();
        LocalDate end = draft.plannedEnd();
        Limits.PLAN_DATES.check("plannedStart", start, errors);
        Limits.PLAN_DATES.check("plannedEnd", end, errors);
        Limits.DateRange planYears = Plan.activityDates(plan.year());
        planYears.check("plannedStart", start, errors);
        planYears.check("plannedEnd", end, errors);
        if (start == null && end != null) {
            errors.put("plannedStart", "workplans.activity.dates.startRequired");
        }
        if (start != null && end == null) {
            end = start;
        }
        if (start != null && end.isBefore(start)) {
            errors.put("plannedEnd", "workplans.activity.dates.order");
        }
        if (quarter == null && start == null && !errors.containsKey("plannedStart")) {
            errors.put("plannedQuarter", "workplans.activity.period.required");
        }
        if (start != null && quarter == null) {
            quarter = (start.getMonthValue() - 1) / 3 + 1;
        }
        for (var entry : draft.participants().entrySet()) {
            if (!plan.parties().contains(entry.getKey()) || entry.getValue() == null || entry.getValue() < 0) {
                errors.put("participants", "workplans.activity.participants.invalid");
            }
        }
        if (draft.costBearer() == null
                || !(WorkPlans.SHARED_COSTS.equals(draft.costBearer())
                        || plan.parties().contains(draft.costBearer()))) {
            errors.put("costBearer", "workplans.activity.costBearer.invalid");
        }
        if (!known.objectives().containsAll(draft.objectiveIds())) {
            errors.put("objectiveIds", "workplans.activity.objectives.unknown");
        }
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        var participants = new TreeMap<String, Integer>();
        draft.participants().forEach((n, c) -> {
            if (c > 0) {
                participants.put(n, c);
            }
        });
        return new ActivityDraft(
                title,
                clean(draft.description()),
                draft.type(),
                draft.domain(),
                new ArrayList<>(new TreeSet<>(draft.objectiveIds())),
                draft.leadNation(),
                draft.hostNation(),
                clean(draft.city()),
                quarter,
                start,
                end,
                participants,
                draft.costBearer());
    }
}
