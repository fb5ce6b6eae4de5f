package org.entente.workplans;

import static org.entente.workplans.PlanRows.DRAFT_COLUMNS;
import static org.entente.workplans.PlanRows.childLabel;
import static org.entente.workplans.PlanRows.draftParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.workplans.ActivityStore.NewActivity;
import org.entente.workplans.WorkPlans.Filter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities of a plan under negotiation: proposing, changing and approving them before signing.
 * Loads, asks the rules ({@link Plan}, {@link Approvals}), stores, audits.
 */
@Service
class ActivityProposals {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final PlanReads reads;
    private final DraftCheck check;
    private final ActivityStore store;
    private final PlanAmendments amendments;

    ActivityProposals(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            PlanReads reads,
            DraftCheck check,
            ActivityStore store,
            PlanAmendments amendments) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.reads = reads;
        this.check = check;
        this.store = store;
        this.amendments = amendments;
    }

    /**
     * What a proposal or a change became: the activity proposed or changed on a plan under negotiation,
     * or the number of the amendment it opened on a signed plan.
     */
    record Submitted(Long activity, Integer amendment) {

        boolean isAmendment() {
            return amendment != null;
        }
    }

    /**
     * Proposes a new activity ({@code activityId} null) or a change to one. On a plan under
     * negotiation it is a proposal, or a change that withdraws the other parties' approvals; on a
     * signed plan it becomes a numbered amendment that another party decides, proposed again in
     * answer to the rejected amendment {@code answers} (null: none; amendments exist only on signed
     * plans).
     */
    @Transactional
    public Submitted submit(
            Subject subject,
            long planId,
            Long activityId,
            Integer expectedVersion,
            ActivityDraft draft,
            Integer answers) {
        PlanSummary plan = reads.readablePlan(subject, planId);
        if (plan.status().signed()) {
            return new Submitted(activityId, amendments.propose(subject, planId, activityId, draft, answers));
        }
        if (activityId == null) {
            return new Submitted(propose(subject, planId, draft), null);
        }
        change(subject, activityId, expectedVersion, draft);
        return new Submitted(activityId, null);
    }

    /**
     * Proposes an activity for a plan under negotiation. A planner's proposal carries their own
     * party's approval; the other party sees it as a proposal to approve.
     */
    @Transactional
    public long propose(Subject subject, long planId, ActivityDraft draft) {
        PlanSummary plan = writablePlan(subject, planId);
        return record(subject, plan, List.of(check.validate(subject, plan, draft)), false)
                .get(0);
    }

    /** For the demo scenario: an activity proposed with the given flag of invented content. */
    @Transactional
    public long propose(Subject subject, long planId, ActivityDraft draft, boolean illustrative) {
        PlanSummary plan = writablePlan(subject, planId);
        return record(subject, plan, List.of(check.validate(subject, plan, draft)), illustrative)
                .get(0);
    }

    /**
     * Proposes many activities at once (an import), as {@link #propose} does each, reading the plan,
     * the subject's rights and what drafts are checked against once. Every draft is checked before
     * any is recorded: when one is refused, nothing is.
     *
     * @return the errors of each refused draft by its index, or nothing when all were recorded
     */
    @Transactional
    public Map<Integer, Map<String, String>> proposeAll(Subject subject, long planId, List<ActivityDraft> drafts) {
        PlanSummary plan = writablePlan(subject, planId);
        DraftCheck.Known known = check.known(subject, plan);
        var clean = new ArrayList<ActivityDraft>();
        var refused = new TreeMap<Integer, Map<String, String>>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                clean.add(DraftCheck.validate(plan, drafts.get(i), known));
            } catch (WorkPlanRefusedException invalid) {
                refused.put(i, invalid.errors());
            }
        }
        if (!refused.isEmpty()) {
            return refused;
        }
        record(subject, plan, clean, false);
        return Map.of();
    }

    private PlanSummary writablePlan(Subject subject, long planId) {
        PlanSummary plan = reads.readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        Plan.at(plan.status()).refuseIfSigned();
        return plan;
    }

    /** Records checked drafts as the subject's proposals: owned by their nation, under the plan's label. */
    private List<Long> record(Subject subject, PlanSummary plan, List<ActivityDraft> drafts, boolean illustrative) {
        boolean approves = mayApprove(subject, plan);
        Label label = childLabel(subject, plan.label());
        var ids = new ArrayList<Long>();
        for (ActivityDraft draft : drafts) {
            Approvals approvals = Approvals.proposed(plan.parties(), subject.nation(), approves);
            long id = store.insert(
                    plan, new NewActivity(draft, subject.nation(), label, approvals.given(), null, illustrative));
            store.history(subject, id, label, "PROPOSED", subject.nation(), null);
            if (approves) {
                store.history(subject, id, label, "APPROVED", subject.nation(), null);
            }
            ids.add(id);
            store.publish(new PlanEvents.ActivityProposed(id, plan.id(), subject.nation()));
        }
        if (approves && !drafts.isEmpty()) {
            store.planStatus(plan.id(), Plan.at(plan.status()).negotiate());
        }
        return ids;
    }

    private boolean mayApprove(Subject subject, PlanSummary plan) {
        return policy.mayApproveFor(subject, subject.nation(), plan.label(), plan.committeeId())
                .allowed();
    }

    /**
     * Changes an activity of a plan under negotiation. The change withdraws the other parties'
     * approvals (and tells them, in the activity's history); a planner's change carries their own.
     * Who proposed the activity stays as it was.
     */
    @Transactional
    public void change(Subject subject, long id, Integer expectedVersion, ActivityDraft draft) {
        ActivitySummary activity = reads.readableActivity(subject, id);
        PlanSummary plan = reads.readablePlan(subject, activity.planId());
        policy.mayWrite(subject, activity.label(), plan.committeeId()).orThrow();
        if (plan.status().signed()) {
            throw WorkPlanRefusedException.of("activity", "workplans.activity.signedUseAmendment");
        }
        ActivityDraft clean = check.validate(subject, plan, draft);
        store.lockActivity(id, expectedVersion);
        ActivitySummary locked = reads.readableActivity(subject, id);
        Approvals approvals = Approvals.of(plan.parties(), locked.approvals(), locked.withdrawn());
        Set<String> withdrawn = approvals.change(subject.nation(), mayApprove(subject, plan));
        sql.sql("""
                        update workplans.activity
                           set %s, approvals = cast(:approvals as char(3)[]),
                               withdrawn = cast(:withdrawn as char(3)[]), version = version + 1
                         where id = :id""".formatted(DRAFT_COLUMNS))
                .params(draftParams(clean))
                .param("approvals", approvals.given().toArray(String[]::new))
                .param("withdrawn", approvals.withdrawn().toArray(String[]::new))
                .param("id", id)
                .update();
        Label label = childLabel(subject, activity.label());
        store.history(subject, id, label, "CHANGED", subject.nation(), null);
        for (String nation : withdrawn) {
            store.history(subject, id, label, "APPROVAL_WITHDRAWN", nation, null);
        }
        audit.record(AuditEvent.success("workplans.activity.change", "activity", Long.toString(id), activity.label())
                .with("withdrawn", String.join(",", withdrawn)));
    }

    /** Approves an activity for one party: a planner of the committee, for their own nation only. */
    @Transactional
    public void approve(Subject subject, long id, String nation, Integer expectedVersion) {
        ActivitySummary activity = reads.readableActivity(subject, id);
        PlanSummary plan = reads.readablePlan(subject, activity.planId());
        policy.mayApproveFor(subject, nation, activity.label(), plan.committeeId())
                .orThrow();
        Plan rules = Plan.at(plan.status());
        if (plan.status().signed()) {
            throw WorkPlanRefusedException.of("activity", "workplans.activity.signedUseAmendment");
        }
        store.lockActivity(id, expectedVersion);
        ActivitySummary locked = reads.readableActivity(subject, id);
        Approvals approvals = Approvals.of(plan.parties(), locked.approvals(), locked.withdrawn());
        if (!approvals.approve(nation)) {
            return;
        }
        sql.sql("""
                        update workplans.activity
                           set approvals = cast(:approvals as char(3)[]), withdrawn = cast(:withdrawn as char(3)[]),
                               version = version + 1
                         where id = :id""")
                .param("approvals", approvals.given().toArray(String[]::new))
                .param("withdrawn", approvals.withdrawn().toArray(String[]::new))
                .param("id", id)
                .update();
        store.history(subject, id, childLabel(subject, activity.label()), "APPROVED", nation, null);
        audit.record(AuditEvent.success("workplans.activity.approve", "activity", Long.toString(id), activity.label())
                .with("nation", nation));
        if (!nation.equals(locked.proposedBy())) {
            store.publish(new PlanEvents.ActivityApproved(id, plan.id(), nation));
        }
        store.planStatus(plan.id(), rules.negotiate());
    }

    /**
     * Approves for the subject's nation every activity of the filtered set that still waits for it.
     *
     * @return how many were approved
     */
    @Transactional
    public int approveAll(Subject subject, long planId, Filter filter) {
        PlanSummary plan = reads.readablePlan(subject, planId);
        policy.mayApproveFor(subject, subject.nation(), plan.label(), plan.committeeId())
                .orThrow();
        Plan.at(plan.status()).refuseIfSigned();
        int count = 0;
        for (ActivitySummary activity : reads.activitiesOf(subject, planId, filter, "code")) {
            if (!activity.approvedBy(subject.nation())) {
                approve(subject, activity.id(), subject.nation(), null);
                count++;
            }
        }
        return count;
    }
}
