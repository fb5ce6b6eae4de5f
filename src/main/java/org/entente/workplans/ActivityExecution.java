package org.entente.workplans;

import static org.entente.workplans.PlanRows.JSON;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.entente.access.AccessPolicy;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execution of a signed plan's activities: executed (with actual dates), postponed, cancelled, and
 * the after-action report. Loads, asks the rules ({@link Plan}, {@link ActivityLifecycle}), stores,
 * audits.
 */
@Service
class ActivityExecution {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final PlanReads reads;
    private final ActivityStore store;

    ActivityExecution(JdbcClient sql, AccessPolicy policy, PlanReads reads, ActivityStore store) {
        this.sql = sql;
        this.policy = policy;
        this.reads = reads;
        this.store = store;
    }

    /** An activity whose execution may be recorded, with its plan's rules. */
    private record Executable(ActivitySummary activity, Plan plan, int year, ActivityLifecycle rules) {}

    /** Records that an activity was held: it needs its actual dates, not in the future. */
    @Transactional
    public void execute(Subject subject, long id, Integer expectedVersion, LocalDate actualStart, LocalDate actualEnd) {
        Executable executable = executable(subject, id);
        executable.rules().execute(actualStart, actualEnd, LocalDate.now(ZoneOffset.UTC));
        store.lockActivity(id, expectedVersion);
        sql.sql("""
                        update workplans.activity
                           set status = 'EXECUTED', actual_start = :start, actual_end = :end, needs_replanning = false,
                               version = version + 1
                         where id = :id""")
                .param("start", actualStart)
                .param("end", actualEnd)
                .param("id", id)
                .update();
        ActivitySummary activity = executable.activity();
        store.planStatus(activity.planId(), executable.plan().execute());
        executed(subject, activity, "EXECUTED", actualStart + " – " + actualEnd);
    }

    /**
     * Postpones an activity to a new period (a quarter or dates), with the reason.
     *
     * @return the new period, with the plan's year, for the notice that names it
     */
    @Transactional
    public NewPeriod postpone(
            Subject subject,
            long id,
            Integer expectedVersion,
            Integer quarter,
            LocalDate start,
            LocalDate end,
            LocalizedText typed) {
        LocalizedText reason = typed == null ? null : OptionalTexts.typed(typed.values());
        Executable executable = executable(subject, id);
        ActivityLifecycle.Period period =
                executable.rules().postpone(Plan.activityDates(executable.year()), quarter, start, end, reason);
        store.lockActivity(id, expectedVersion);
        sql.sql("""
                        update workplans.activity
                           set status = 'POSTPONED', planned_quarter = :quarter, planned_start = :start, planned_end = :end,
                               reason = cast(:reason as jsonb), needs_replanning = false, version = version + 1
                         where id = :id""")
                .param("quarter", period.quarter())
                .param("start", period.start())
                .param("end", period.end())
                .param("reason", OptionalTexts.write(reason))
                .param("id", id)
                .update();
        executed(subject, executable.activity(), "POSTPONED", null, reason);
        return new NewPeriod(executable.year(), period.quarter(), period.start(), period.end());
    }

    /** Where a postponed activity went: a quarter of the plan's year, or dates (which may be another year). */
    public record NewPeriod(int planYear, int quarter, LocalDate start, LocalDate end) {}

    /** Cancels an activity, with the reason. */
    @Transactional
    public void cancel(Subject subject, long id, Integer expectedVersion, LocalizedText typed) {
        step(
                subject,
                id,
                expectedVersion,
                typed,
                "CANCELLED",
                "status = 'CANCELLED', needs_replanning = false",
                (e, r) -> {
                    e.rules().cancel(r);
                    return Map.of();
                });
    }

    /**
     * Puts an open activity on hold by hand, with the reason, remembering where it stood. Unlike a
     * suspension's hold it has no {@code held_since} day, so the agreement's resumption leaves it on
     * hold ({@link SuspensionCascade#restoreUnder}).
     */
    @Transactional
    public void hold(Subject subject, long id, Integer expectedVersion, LocalizedText typed) {
        step(
                subject,
                id,
                expectedVersion,
                typed,
                "HELD",
                "status_before_hold = status, status = 'ON_HOLD', held_since = null",
                (e, r) -> {
                    e.rules().holdByHand(r);
                    return Map.of();
                });
    }

    /** Takes an activity held by hand off hold, with the reason: back to where it stood. */
    @Transactional
    public void resume(Subject subject, long id, Integer expectedVersion, LocalizedText typed) {
        step(
                subject,
                id,
                expectedVersion,
                typed,
                "RESUMED",
                "status = :status, status_before_hold = null",
                (e, r) -> Map.of(
                        "status",
                        e.rules().resumeByHand(r, heldBySuspension(id)).name()));
    }

    /**
     * One step with a reason (cancel, hold, resume): the rules decide first (a refusal changes
     * nothing), then the row is locked at the version the writer saw, changed as {@code set} says,
     * and the step recorded.
     *
     * @param rule asks the activity's rules, and answers the parameters {@code set} needs
     */
    private void step(
            Subject subject,
            long id,
            Integer expectedVersion,
            LocalizedText typed,
            String recorded,
            String set,
            BiFunction<Executable, LocalizedText, Map<String, Object>> rule) {
        LocalizedText reason = typed == null ? null : OptionalTexts.typed(typed.values());
        Executable executable = executable(subject, id);
        Map<String, Object> params = rule.apply(executable, reason);
        store.lockActivity(id, expectedVersion);
        sql.sql("update workplans.activity set " + set
                        + ", reason = cast(:reason as jsonb), version = version + 1 where id = :id")
                .params(params)
                .param("reason", OptionalTexts.write(reason))
                .param("id", id)
                .update();
        executed(subject, executable.activity(), recorded, null, reason);
    }

    /** Whether the suspension of its agreement put the activity on hold (it then has the day it did). */
    @Transactional(readOnly = true)
    public boolean heldBySuspension(long id) {
        return sql.sql("select held_since is not null from workplans.activity where id = :id and status = 'ON_HOLD'")
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Writes the after-action report of an executed activity. */
    @Transactional
    public void report(Subject subject, long id, Integer expectedVersion, ActivitySummary.Report report) {
        ActivitySummary activity = reads.readableActivity(subject, id);
        PlanSummary plan = reads.readablePlan(subject, activity.planId());
        policy.mayWrite(subject, activity.label(), plan.committeeId()).orThrow();
        ActivityLifecycle.of(activity.status(), activity.statusBeforeHold()).refuseReportUnlessExecuted();
        if (report == null || report.outcomes() == null || report.outcomes().isBlank()) {
            throw WorkPlanRefusedException.of("outcomes", "workplans.report.outcomes.required");
        }
        var tooLong = new LinkedHashMap<String, String>();
        Limits.check("outcomes", report.outcomes(), Limits.TEXT, tooLong);
        Limits.check("lessons", report.lessons(), Limits.TEXT, tooLong);
        Limits.check("followUps", report.followUps(), Limits.TEXT, tooLong);
        if (!tooLong.isEmpty()) {
            throw new WorkPlanRefusedException(tooLong);
        }
        store.lockActivity(id, expectedVersion);
        var json = new TreeMap<String, String>();
        json.put("outcomes", report.outcomes().strip());
        json.put("lessons", report.lessons() == null ? "" : report.lessons().strip());
        json.put(
                "followUps",
                report.followUps() == null ? "" : report.followUps().strip());
        sql.sql("update workplans.activity set report = cast(:report as jsonb), version = version + 1 where id = :id")
                .param("report", JSON.writeValueAsString(json))
                .param("id", id)
                .update();
        executed(subject, activity, "REPORTED", null);
    }

    /** An activity whose execution may be recorded: the plan signed and still open. */
    private Executable executable(Subject subject, long id) {
        ActivitySummary activity = reads.readableActivity(subject, id);
        PlanSummary plan = reads.readablePlan(subject, activity.planId());
        policy.mayWrite(subject, activity.label(), plan.committeeId()).orThrow();
        Plan rules = Plan.at(plan.status());
        rules.refuseUnlessExecutable();
        return new Executable(
                activity, rules, plan.year(), ActivityLifecycle.of(activity.status(), activity.statusBeforeHold()));
    }

    private void executed(Subject subject, ActivitySummary activity, String kind, String detail) {
        executed(subject, activity, kind, detail, null);
    }

    private void executed(Subject subject, ActivitySummary activity, String kind, String detail, LocalizedText reason) {
        store.recorded(subject, activity, kind, detail, reason);
    }
}
