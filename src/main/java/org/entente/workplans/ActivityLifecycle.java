package org.entente.workplans;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;

/**
 * An activity's execution rules: PLANNED (scheduled) → EXECUTED (with actual dates, not in the
 * future), POSTPONED (to a new period, with a reason), CANCELLED (with a reason); a postponed
 * activity is executed, postponed again or cancelled; a suspension puts a scheduled or postponed one
 * ON_HOLD and the resumption brings it back to where it stood; a person may do the same by hand, each
 * time with a reason, but not resume an activity while its agreement is suspended. Each refusal names
 * the field; nothing is stored then. No Spring, no database: {@code ActivityLifecycleTest}.
 */
final class ActivityLifecycle {

    /** A new planned period: the quarter (given or that of the start) and the days, if any. */
    record Period(int quarter, LocalDate start, LocalDate end) {}

    private ActivityStatus status;
    private ActivityStatus beforeHold;

    private ActivityLifecycle(ActivityStatus status, ActivityStatus beforeHold) {
        this.status = status;
        this.beforeHold = beforeHold;
    }

    /** The activity as stored: its status and, on hold, the one to go back to. */
    static ActivityLifecycle of(ActivityStatus status, ActivityStatus beforeHold) {
        return new ActivityLifecycle(status, beforeHold);
    }

    ActivityStatus status() {
        return status;
    }

    ActivityStatus beforeHold() {
        return beforeHold;
    }

    /**
     * The execution actions the rules allow now, so that a page offers only those: an open
     * activity is executed, postponed or cancelled; one on hold, executed or cancelled takes none.
     */
    Set<ExecutionAction> actions() {
        if (status.open()) {
            return EnumSet.of(
                    ExecutionAction.EXECUTE, ExecutionAction.POSTPONE, ExecutionAction.CANCEL, ExecutionAction.HOLD);
        }
        return status == ActivityStatus.ON_HOLD
                ? EnumSet.of(ExecutionAction.RESUME)
                : EnumSet.noneOf(ExecutionAction.class);
    }

    /** Held between the actual dates, which are given, in order, within the plan dates and not after today. */
    ActivityStatus execute(LocalDate actualStart, LocalDate actualEnd, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (actualStart == null) {
            errors.put("actualStart", "workplans.execution.actualDates.required");
        }
        if (actualEnd == null) {
            errors.put("actualEnd", "workplans.execution.actualDates.required");
        }
        Limits.PLAN_DATES.check("actualStart", actualStart, errors);
        Limits.PLAN_DATES.check("actualEnd", actualEnd, errors);
        if (actualStart != null && actualEnd != null && actualEnd.isBefore(actualStart)) {
            errors.putIfAbsent("actualEnd", "workplans.activity.dates.order");
        }
        if (actualStart != null && actualStart.isAfter(today)) {
            errors.putIfAbsent("actualStart", "workplans.execution.actualDates.future");
        }
        if (actualEnd != null && actualEnd.isAfter(today)) {
            errors.putIfAbsent("actualEnd", "workplans.execution.actualDates.future");
        }
        refuse(errors);
        refuseUnlessOpen("workplans.execution.notOpen.execute");
        status = ActivityStatus.EXECUTED;
        return status;
    }

    /**
     * Moved to a new period (a quarter, or dates, or both), with the reason; the dates within
     * {@code planYears}, the plan's year ± 1 ({@link Plan#activityDates}).
     */
    Period postpone(Limits.DateRange planYears, Integer quarter, LocalDate start, LocalDate end, LocalizedText reason) {
        var errors = new LinkedHashMap<String, String>();
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            errors.put("plannedQuarter", "workplans.quarter.invalid");
        }
        if (quarter == null && start == null) {
            errors.put("plannedQuarter", "workplans.activity.period.required");
        }
        LocalDate until = start != null && end == null ? start : end;
        Limits.PLAN_DATES.check("plannedStart", start, errors);
        Limits.PLAN_DATES.check("plannedEnd", end, errors);
        planYears.check("plannedStart", start, errors);
        planYears.check("plannedEnd", end, errors);
        if (start == null && end != null) {
            errors.putIfAbsent("plannedStart", "workplans.activity.dates.startRequired");
        }
        if (start != null && until.isBefore(start)) {
            errors.putIfAbsent("plannedEnd", "workplans.activity.dates.order");
        }
        requireReason(reason, errors);
        refuse(errors);
        refuseUnlessOpen("workplans.execution.notOpen.postpone");
        status = ActivityStatus.POSTPONED;
        return new Period(quarter != null ? quarter : (start.getMonthValue() - 1) / 3 + 1, start, until);
    }

    /** Put on hold by hand (a crisis, a partner's request), with the reason: an open activity, remembering where it stood. */
    ActivityStatus holdByHand(LocalizedText reason) {
        var errors = new LinkedHashMap<String, String>();
        requireReason(reason, errors);
        refuse(errors);
        refuseUnlessOpen("workplans.execution.notOpen.hold");
        hold();
        return status;
    }

    /**
     * Taken off hold by hand, with the reason: back to where it stood. Not when the suspension of its
     * agreement put it on hold ({@code heldBySuspension}): the agreement's resumption brings it back.
     */
    ActivityStatus resumeByHand(LocalizedText reason, boolean heldBySuspension) {
        var errors = new LinkedHashMap<String, String>();
        requireReason(reason, errors);
        refuse(errors);
        if (status != ActivityStatus.ON_HOLD) {
            throw WorkPlanRefusedException.of("activity", "workplans.execution.notOnHold");
        }
        if (heldBySuspension) {
            throw WorkPlanRefusedException.of("activity", "workplans.execution.heldBySuspension");
        }
        restore();
        return status;
    }

    /** Called off, with the reason. */
    ActivityStatus cancel(LocalizedText reason) {
        var errors = new LinkedHashMap<String, String>();
        requireReason(reason, errors);
        refuse(errors);
        refuseUnlessOpen("workplans.execution.notOpen.cancel");
        status = ActivityStatus.CANCELLED;
        return status;
    }

    /**
     * The agreement it falls under was suspended: a scheduled or postponed activity goes on hold
     * and remembers where it stood; any other is left as it is.
     *
     * @return whether it went on hold
     */
    boolean hold() {
        if (!status.open()) {
            return false;
        }
        beforeHold = status;
        status = ActivityStatus.ON_HOLD;
        return true;
    }

    /**
     * The agreement was resumed: an activity on hold goes back to where it stood.
     *
     * @return whether it came back
     */
    boolean restore() {
        if (status != ActivityStatus.ON_HOLD) {
            return false;
        }
        status = beforeHold == null ? ActivityStatus.PLANNED : beforeHold;
        beforeHold = null;
        return true;
    }

    /** Refuses recording an after-action report on an activity not executed. */
    void refuseReportUnlessExecuted() {
        if (status != ActivityStatus.EXECUTED) {
            throw WorkPlanRefusedException.of("activity", "workplans.report.notExecuted");
        }
    }

    /** Refuses a step (execute, postpone, hold, cancel) on an activity not open, each with its own sentence. */
    private void refuseUnlessOpen(String messageKey) {
        if (!status.open()) {
            throw WorkPlanRefusedException.of("activity", messageKey);
        }
    }

    /** A reason in at least one language, each within {@link Limits#SHORT_TEXT}, free of bidi overrides. */
    private static void requireReason(LocalizedText reason, java.util.Map<String, String> errors) {
        if (reason == null || reason.values().values().stream().allMatch(Limits::blank)) {
            errors.put("reason", "workplans.execution.reason.required");
        } else {
            OptionalTexts.check("reason", reason, Limits.SHORT_TEXT, errors);
        }
    }

    private static void refuse(java.util.Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
    }
}
