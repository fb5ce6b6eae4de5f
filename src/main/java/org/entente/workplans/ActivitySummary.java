package org.entente.workplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;

/** An activity with its approvals, execution and report. */
public record ActivitySummary(
        long id,
        long planId,
        String code,
        LocalizedText title,
        LocalizedText description,
        ActivityType type,
        String domain,
        List<Long> objectiveIds,
        String leadNation,
        String hostNation,
        LocalizedText city,
        Integer plannedQuarter,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        Map<String, Integer> participants,
        String costBearer,
        ActivityStatus status,
        ActivityStatus statusBeforeHold,
        boolean needsReplanning,
        org.entente.shared.LocalizedText reason,
        List<String> approvals,
        List<String> withdrawn,
        String proposedBy,
        Integer amendmentNumber,
        Report report,
        boolean illustrative,
        int version,
        Label label) {

    /** The after-action report: outcomes, lessons, follow-ups (for the next session's action items). */
    public record Report(String outcomes, String lessons, String followUps) {}

    public boolean approvedBy(String nation) {
        return approvals.contains(nation);
    }

    public boolean approvedByAll(List<String> parties) {
        return approvals.containsAll(parties);
    }

    /** The message key naming the type; "invalid value" for a stored code no type has. */
    public String typeKey() {
        return type == null ? Limits.INVALID_VALUE : "workplans.activity.type." + type.name();
    }

    /** The quarter the activity falls in: its planned quarter, or that of its planned start. */
    public Integer quarter() {
        if (plannedQuarter != null) {
            return plannedQuarter;
        }
        return plannedStart == null ? null : (plannedStart.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The first day of the planned period: the planned start, else the first day of the planned
     * quarter of the plan's year (of the year when there is none).
     */
    public LocalDate plannedFrom(int planYear) {
        if (plannedStart != null) {
            return plannedStart;
        }
        return LocalDate.of(planYear, plannedQuarter == null ? 1 : plannedQuarter * 3 - 2, 1);
    }

    /**
     * The day the activity is due: its planned end, else its planned start, else the last day of its
     * planned quarter (the fourth when none). The same rule as SQL's {@code workplans.due_on}.
     */
    public LocalDate dueOn(int planYear) {
        if (plannedEnd != null) {
            return plannedEnd;
        }
        if (plannedStart != null) {
            return plannedStart;
        }
        int quarter = plannedQuarter == null ? 4 : plannedQuarter;
        return LocalDate.of(planYear, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /**
     * The execution actions the rules allow on this activity of a plan in this status: none unless
     * the plan is signed and open, then those its own status allows.
     */
    public java.util.Set<ExecutionAction> executionActions(PlanStatus planStatus) {
        return Plan.at(planStatus).amendable()
                ? ActivityLifecycle.of(status, statusBeforeHold).actions()
                : java.util.EnumSet.noneOf(ExecutionAction.class);
    }

    /** Executed, and ended after the day it was due. */
    public boolean executedLate(int planYear) {
        return status == ActivityStatus.EXECUTED && actualEnd != null && actualEnd.isAfter(dueOn(planYear));
    }

    /**
     * Past its planned end and still to be executed (not executed, cancelled or on hold), in a plan
     * being executed: domain rule 4 ({@link ExecutionSql#overdue()} in SQL).
     */
    public boolean overdue(LocalDate today, int planYear, PlanStatus planStatus) {
        return planStatus.beingExecuted() && late(today, planYear);
    }

    /**
     * Counted in an execution rate's denominator: executed, or past due and open in a signed plan
     * ({@link ExecutionSql#due()} in SQL).
     */
    public boolean due(LocalDate today, int planYear, PlanStatus planStatus) {
        return status == ActivityStatus.EXECUTED || (planStatus.signed() && late(today, planYear));
    }

    private boolean late(LocalDate today, int planYear) {
        return status != null && status.open() && dueOn(planYear).isBefore(today);
    }

    public ActivityDraft draft() {
        return new ActivityDraft(
                title,
                description,
                type,
                domain,
                objectiveIds,
                leadNation,
                hostNation,
                city,
                plannedQuarter,
                plannedStart,
                plannedEnd,
                participants,
                costBearer);
    }
}
