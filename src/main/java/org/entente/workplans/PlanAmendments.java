package org.entente.workplans;

import static org.entente.workplans.PlanRows.DRAFT_COLUMNS;
import static org.entente.workplans.PlanRows.JSON;
import static org.entente.workplans.PlanRows.childLabel;
import static org.entente.workplans.PlanRows.draftParams;

import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.entente.workplans.ActivityStore.NewActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbered amendments to a signed plan: proposed by one party, approved or rejected (with a reason)
 * by another, withdrawn by the proposer. Approval applies the change and never changes who proposed
 * the activity nor who owns its label: a new activity is inserted as the proposer's, under the label
 * the amendment carries. Loads, asks the rules ({@link Plan}, {@link Amendment}), stores, audits.
 */
@Service
class PlanAmendments {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final PlanReads reads;
    private final DraftCheck check;
    private final ActivityStore store;
    private final ReaderScope scope;

    PlanAmendments(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            PlanReads reads,
            DraftCheck check,
            ActivityStore store,
            ReaderScope scope) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.reads = reads;
        this.check = check;
        this.store = store;
        this.scope = scope;
    }

    /**
     * Proposes a numbered amendment to a signed plan: a change to one activity, or a new one
     * ({@code activityId} null). It applies once another party approves it.
     */
    @Transactional
    public int propose(Subject subject, long planId, Long activityId, ActivityDraft draft) {
        return propose(subject, planId, activityId, draft, null);
    }

    /**
     * As {@link #propose(Subject, long, Long, ActivityDraft)}, in answer to the rejected amendment
     * {@code answers} of the same plan (null: none), which the proposer's nation proposed and edits:
     * the new amendment records the one it answers and the rejected one its answer ({@link
     * Amendment#answer} says when that is refused).
     */
    @Transactional
    public int propose(Subject subject, long planId, Long activityId, ActivityDraft draft, Integer answers) {
        PlanSummary plan = reads.readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        Plan.at(plan.status()).refuseUnlessAmendable();
        if (activityId != null) {
            ActivitySummary activity = reads.readableActivity(subject, activityId);
            if (activity.planId() != planId) {
                throw new NotReadable("activity", activityId);
            }
        }
        ActivityDraft clean = check.validate(subject, plan, draft);
        int number = sql.sql(
                        "update workplans.plan set next_amendment = next_amendment + 1 where id = :id returning next_amendment")
                .param("id", planId)
                .query(Integer.class)
                .single();
        Amendment amendment = Amendment.proposed(subject.nation());
        if (answers != null) {
            AmendmentSummary rejected = lock(
                    reads.amendment(subject, planId, answers)
                            .orElseThrow(() ->
                                    WorkPlanRefusedException.of("answers", "workplans.amendment.answers.unknown")),
                    null);
            amendment = Amendment.of(rejected.proposedBy(), rejected.status(), rejected.answeredBy())
                    .answer(subject.nation(), number, rejected.activityId(), activityId);
            sql.sql("update workplans.amendment set answered_by = :number, version = version + 1 where id = :id")
                    .param("number", number)
                    .param("id", rejected.id())
                    .update();
        }
        Label label = childLabel(subject, plan.label());
        long id = sql.sql("""
                        insert into workplans.amendment (plan_id, number, activity_id, proposed_by, proposer, changes,
                                                         status, classification, owner_nation, releasable_to, answers)
                        values (:plan, :number, :activity, :nation, :proposer, cast(:changes as jsonb),
                                :status, :classification, :owner, cast(:releasableTo as char(3)[]), :answers)
                        returning id""")
                .param("plan", planId)
                .param("number", number)
                .param("activity", activityId)
                .param("nation", amendment.proposedBy())
                .param("proposer", subject.username())
                .param("changes", JSON.writeValueAsString(clean))
                .param("status", amendment.status().name())
                .param("answers", answers)
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.amendment.propose", "amendment", Long.toString(id), label)
                .with("plan", Long.toString(planId))
                .with("number", Integer.toString(number)));
        store.publish(new PlanEvents.AmendmentProposed(planId, number, subject.nation()));
        return number;
    }

    /**
     * Approves another party's amendment, which then applies to the plan: a new activity becomes the
     * proposer's (their nation proposed it and owns its label), a change updates the activity's
     * content and nothing else.
     */
    @Transactional
    public void approve(Subject subject, long planId, int number, Integer expectedVersion) {
        Decision decision = decide(subject, planId, number, expectedVersion);
        AmendmentSummary amendment = decision.amendment();
        decision.rules().approve(subject.nation());
        PlanSummary plan = decision.plan();
        String detail = Integer.toString(number);
        if (amendment.newActivity()) {
            Label owned = amendment.label();
            long id = scope.asNation(amendment.proposedBy(), () -> {
                long inserted = store.insert(
                        plan,
                        new NewActivity(
                                amendment.changes(), amendment.proposedBy(), owned, plan.parties(), number, false));
                store.history(proposerActor(amendment), inserted, owned, "PROPOSED", amendment.proposedBy(), detail);
                return inserted;
            });
            store.history(subject, id, childLabel(subject, plan.label()), "AMENDED", subject.nation(), detail);
        } else {
            store.lockActivity(amendment.activityId(), null);
            sql.sql("""
                            update workplans.activity
                               set %s, amendment_number = :number, version = version + 1
                             where id = :id""".formatted(DRAFT_COLUMNS))
                    .params(draftParams(amendment.changes()))
                    .param("number", number)
                    .param("id", amendment.activityId())
                    .update();
            store.history(
                    subject,
                    amendment.activityId(),
                    childLabel(subject, amendment.label()),
                    "AMENDED",
                    subject.nation(),
                    detail);
        }
        stored(subject, decision, null, "workplans.amendment.approve");
    }

    /** Rejects another party's amendment, saying why: the plan stays as it is, and the proposer is told. */
    @Transactional
    public void reject(Subject subject, long planId, int number, Integer expectedVersion, LocalizedText typed) {
        LocalizedText reason = typed == null ? null : OptionalTexts.typed(typed.values());
        Decision decision = decide(subject, planId, number, expectedVersion);
        decision.rules().reject(subject.nation(), reason);
        AmendmentSummary amendment = decision.amendment();
        if (!amendment.newActivity()) {
            store.history(
                    subject,
                    amendment.activityId(),
                    childLabel(subject, amendment.label()),
                    "AMENDMENT_REJECTED",
                    subject.nation(),
                    Integer.toString(number),
                    reason);
        }
        stored(subject, decision, reason, "workplans.amendment.reject");
    }

    /** The proposer takes their amendment back before it is decided. */
    @Transactional
    public void withdraw(Subject subject, long planId, int number, Integer expectedVersion) {
        AmendmentSummary amendment = reads.readableAmendment(subject, planId, number);
        PlanSummary plan = reads.readablePlan(subject, planId);
        policy.mayWrite(subject, amendment.label(), plan.committeeId()).orThrow();
        Amendment rules = Amendment.of(amendment.proposedBy(), amendment.status());
        rules.withdraw(subject.nation());
        store.lockPlan(planId, null);
        Decision decision = new Decision(plan, lock(amendment, expectedVersion), rules);
        stored(subject, decision, null, "workplans.amendment.withdraw");
    }

    private record Decision(PlanSummary plan, AmendmentSummary amendment, Amendment rules) {}

    /** Loads an amendment for a decision by the subject's party: a planner of another party, on a plan still open. */
    private Decision decide(Subject subject, long planId, int number, Integer expectedVersion) {
        PlanSummary plan = reads.readablePlan(subject, planId);
        AmendmentSummary amendment = reads.readableAmendment(subject, planId, number);
        policy.mayApproveFor(subject, subject.nation(), amendment.label(), plan.committeeId())
                .orThrow();
        Plan.at(plan.status()).refuseUnlessAmendable();
        store.lockPlan(planId, null);
        AmendmentSummary locked = lock(amendment, expectedVersion);
        return new Decision(plan, locked, Amendment.of(locked.proposedBy(), locked.status()));
    }

    /** Locks the amendment's row, checks the caller saw its version, and reads it again as it stands. */
    private AmendmentSummary lock(AmendmentSummary amendment, Integer expectedVersion) {
        int current = sql.sql("select version from workplans.amendment where id = :id for update")
                .param("id", amendment.id())
                .query(Integer.class)
                .single();
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleVersionException(expectedVersion, current);
        }
        return current == amendment.version()
                ? amendment
                : sql.sql("select m.*, null as activity_code from workplans.amendment m where m.id = :id")
                        .param("id", amendment.id())
                        .query((rs, n) -> PlanRows.amendment(rs))
                        .single();
    }

    private void stored(Subject subject, Decision decision, LocalizedText reason, String action) {
        AmendmentSummary amendment = decision.amendment();
        storeDecision(sql, "amendment", amendment.id(), decision.rules().status(), subject, reason);
        store.publish(new PlanEvents.AmendmentDecided(amendment.planId(), amendment.number(), subject.nation()));
        audit.record(AuditEvent.success(action, "amendment", Long.toString(amendment.id()), amendment.label())
                .with("plan", Long.toString(amendment.planId()))
                .with("number", Integer.toString(amendment.number())));
    }

    /**
     * Stores a two-party decision on a row of {@code workplans.TABLE} (an amendment, a closing): its
     * status, who decided (nation and person) and when, the reason, a new version.
     */
    static void storeDecision(
            JdbcClient sql, String table, long id, AmendmentStatus status, Subject subject, LocalizedText reason) {
        sql.sql("""
                        update workplans.%s
                           set status = :status, decided_by = :nation, decider = :decider, decided_at = now(),
                               reason = cast(:reason as jsonb), version = version + 1
                         where id = :id""".formatted(table))
                .param("status", status.name())
                .param("nation", subject.nation())
                .param("decider", subject.username())
                .param("reason", OptionalTexts.write(reason))
                .param("id", id)
                .update();
    }

    private static String proposerActor(AmendmentSummary amendment) {
        return amendment.proposer() == null ? "system" : amendment.proposer();
    }
}
