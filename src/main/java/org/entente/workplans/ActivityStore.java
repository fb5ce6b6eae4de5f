package org.entente.workplans;

import static org.entente.workplans.PlanRows.draftParams;

import java.util.List;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes the work-plan services share: numbering and inserting an activity, its history, the
 * plan's status, and the row locks that check the caller saw the current version. Runs in the
 * caller's transaction.
 */
@Component
class ActivityStore {

    private final JdbcClient sql;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ActivityStore(JdbcClient sql, AuditTrail audit, ApplicationEventPublisher events) {
        this.sql = sql;
        this.audit = audit;
        this.events = events;
    }

    /** Publishes one of {@link PlanEvents} in the caller's transaction (notify18: notifications). */
    void publish(Object event) {
        events.publishEvent(event);
    }

    /** What a new activity is: its content, who proposed it, its label, its approvals. */
    record NewActivity(
            ActivityDraft draft,
            String proposedBy,
            Label label,
            List<String> approvals,
            Integer amendment,
            boolean illustrative) {}

    /**
     * Numbers and inserts an activity. Row-level security inserts only rows owned by the nation the
     * transaction acts for: the label's owner.
     */
    long insert(PlanSummary plan, NewActivity activity) {
        int seq = sql.sql("update workplans.plan set next_seq = next_seq + 1 where id = :id returning next_seq")
                .param("id", plan.id())
                .query(Integer.class)
                .single();
        String code = "%s-%d-%03d".formatted(prefix(plan.committeeCode()), plan.year(), seq);
        long id = sql.sql("""
                        insert into workplans.activity (plan_id, seq, code, title, description, type, domain, objective_ids,
                                                        lead_nation, host_nation, city, planned_quarter, planned_start,
                                                        planned_end, participants, cost_bearer, approvals, proposed_by,
                                                        amendment_number, illustrative,
                                                        classification, owner_nation, releasable_to)
                        values (:plan, :seq, :code, cast(:title as jsonb), cast(:description as jsonb), :type, :domain,
                                cast(:objectives as bigint[]), :lead, :host, cast(:city as jsonb), :quarter, :start, :end,
                                cast(:participants as jsonb), :costBearer, cast(:approvals as char(3)[]), :proposedBy,
                                :amendment, :illustrative, :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("plan", plan.id())
                .param("seq", seq)
                .param("code", code)
                .params(draftParams(activity.draft()))
                .param("approvals", activity.approvals().toArray(String[]::new))
                .param("proposedBy", activity.proposedBy())
                .param("amendment", activity.amendment())
                .param("illustrative", activity.illustrative())
                .params(Labels.params(activity.label()))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.activity.create", "activity", Long.toString(id), activity.label())
                .with("plan", Long.toString(plan.id()))
                .with("code", code));
        return id;
    }

    /** The committee code's first part: {@code JMC-ISR-MAR} gives {@code JMC}. */
    static String prefix(String committeeCode) {
        int dash = committeeCode.indexOf('-');
        return dash > 0 ? committeeCode.substring(0, dash) : committeeCode;
    }

    /** One step of an activity's history, owned by the nation recording it. */
    void history(Subject subject, long activityId, Label label, String kind, String nation, String detail) {
        history(subject, activityId, label, kind, nation, detail, null);
    }

    /** One step of an activity's history with its multilingual reason. */
    void history(
            Subject subject,
            long activityId,
            Label label,
            String kind,
            String nation,
            String detail,
            LocalizedText reason) {
        history(subject == null ? "system" : subject.username(), activityId, label, kind, nation, detail, reason);
    }

    /** One step of an activity's history recorded on behalf of a person (by their user name). */
    void history(String actor, long activityId, Label label, String kind, String nation, String detail) {
        history(actor, activityId, label, kind, nation, detail, null);
    }

    /** One step of an activity's history recorded on behalf of a person, with its reason. */
    void history(
            String actor,
            long activityId,
            Label label,
            String kind,
            String nation,
            String detail,
            LocalizedText reason) {
        sql.sql("""
                        insert into workplans.activity_event (activity_id, kind, nation, actor, detail, reason,
                                                              classification, owner_nation, releasable_to)
                        values (:activity, :kind, :nation, :actor, :detail, cast(:reason as jsonb),
                                :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("activity", activityId)
                .param("kind", kind)
                .param("nation", nation)
                .param("actor", actor)
                .param("detail", detail)
                .param("reason", OptionalTexts.write(reason))
                .params(Labels.params(label))
                .update();
    }

    /**
     * A step of an activity's execution or of its year's end, by the subject's nation: in the
     * activity's history (with its reason, if any) and in the audit trail as {@code
     * workplans.activity.<kind>} with the activity's code.
     */
    void recorded(Subject subject, ActivitySummary activity, String kind, String detail, LocalizedText reason) {
        recorded(
                subject.username(),
                subject.nation(),
                activity.label().recordedBy(subject.nation()),
                activity,
                kind,
                detail,
                reason);
    }

    /** As {@link #recorded(Subject, ActivitySummary, String, String, LocalizedText)}, by an actor ({@code system}). */
    void recorded(
            String actor,
            String nation,
            Label label,
            ActivitySummary activity,
            String kind,
            String detail,
            LocalizedText reason) {
        history(actor, activity.id(), label, kind, nation, detail, reason);
        audit.record(AuditEvent.success(
                        "workplans.activity." + kind.toLowerCase(java.util.Locale.ROOT),
                        "activity",
                        Long.toString(activity.id()),
                        activity.label())
                .with("code", activity.code()));
    }

    /** Stores the plan's new status (as the rules core answered it). */
    void planStatus(long planId, PlanStatus status) {
        sql.sql("update workplans.plan set status = :status where id = :id and status <> :status")
                .param("status", status.name())
                .param("id", planId)
                .update();
    }

    /** Locks the plan's row and checks the caller saw its current version. */
    void lockPlan(long id, Integer expectedVersion) {
        lock("workplans.plan", id, expectedVersion);
    }

    /** Locks the activity's row and checks the caller saw its current version. */
    void lockActivity(long id, Integer expectedVersion) {
        lock("workplans.activity", id, expectedVersion);
    }

    private void lock(String table, long id, Integer expectedVersion) {
        int current = sql.sql("select version from " + table + " where id = :id for update")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleVersionException(expectedVersion, current);
        }
    }
}
