package org.entente.workplans;

import static org.entente.workplans.PlanRows.JSON;
import static org.entente.workplans.PlanRows.childLabel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Closing a plan at its year's end, decided by both parties: a planner of one party proposes the
 * decisions (carry over or cancel, per activity still to be executed), a planner of the other
 * approves them — they then apply and the plan is CLOSED ({@link PlanClosings#apply}) — or rejects
 * them with a reason; the proposer may withdraw them. Loads, asks the rules ({@link YearEnd}, {@link
 * Closing}), stores, audits. The plan's closings are its closing history.
 */
@Service
public class ClosingProposals {

    private final PlanClosings closings;
    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ActivityStore store;

    ClosingProposals(
            PlanClosings closings, JdbcClient sql, AccessPolicy policy, AuditTrail audit, ActivityStore store) {
        this.closings = closings;
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.store = store;
    }

    /** The activities of a plan the reader may read that still await a decision at the year's end. */
    @Transactional(readOnly = true)
    public List<ActivitySummary> undecided(Subject reader, long planId) {
        return closings.undecided(reader, planId);
    }

    /**
     * Proposes the year-end decisions to the other party: one per activity still to be executed.
     *
     * @return the closing's number in the plan
     */
    @Transactional
    public int propose(
            Subject subject,
            long planId,
            LocalDate today,
            Map<Long, String> choices,
            Map<Long, LocalizedText> reasons) {
        PlanSummary plan = closings.mayDecide(subject, planId);
        store.lockPlan(planId, null);
        List<ActivitySummary> open = closings.undecided(subject, planId);
        List<YearEnd.Decision> decisions = YearEnd.decide(plan.status(), plan.year(), today, open, choices, reasons);
        Closing closing = Closing.propose(subject.nation(), pendingId(planId) != null, decisions, byId(open));
        int number = sql.sql("select coalesce(max(number), 0) + 1 from workplans.closing where plan_id = :plan")
                .param("plan", planId)
                .query(Integer.class)
                .single();
        Label label = childLabel(subject, plan.label());
        long id = sql.sql("""
                        insert into workplans.closing (plan_id, number, proposed_by, proposer, decisions, status,
                                                       classification, owner_nation, releasable_to)
                        values (:plan, :number, :nation, :proposer, cast(:decisions as jsonb), :status,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("plan", planId)
                .param("number", number)
                .param("nation", closing.proposedBy())
                .param("proposer", subject.username())
                .param("decisions", JSON.writeValueAsString(closing.proposed()))
                .param("status", closing.status().name())
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.closing.propose", "closing", Long.toString(id), label)
                .with("plan", Long.toString(planId))
                .with("number", Integer.toString(number))
                .with("decisions", Integer.toString(decisions.size())));
        return number;
    }

    /**
     * The other party approves the proposed closing as the activities stand: the decisions apply and
     * the plan is CLOSED.
     */
    @Transactional
    public PlanClosings.Closed approve(Subject subject, long planId, int number, Integer expectedVersion) {
        Decision decision = decide(subject, planId, number, expectedVersion);
        List<ActivitySummary> open = closings.undecided(subject, planId);
        var versions = new LinkedHashMap<Long, Integer>();
        open.forEach(a -> versions.put(a.id(), a.version()));
        decision.rules().approve(subject.nation(), versions);
        PlanClosings.Closed closed =
                closings.apply(subject, decision.plan(), decision.rules().decisions(), byId(open));
        stored(subject, decision, null, "workplans.closing.approve");
        return closed;
    }

    /** The other party rejects the proposed closing, saying why: the plan stays open, the proposer is told. */
    @Transactional
    public void reject(Subject subject, long planId, int number, Integer expectedVersion, LocalizedText typed) {
        LocalizedText reason = typed == null ? null : OptionalTexts.typed(typed.values());
        Decision decision = decide(subject, planId, number, expectedVersion);
        decision.rules().reject(subject.nation(), reason);
        stored(subject, decision, reason, "workplans.closing.reject");
    }

    /** The proposer takes the closing back before the other party decides. */
    @Transactional
    public void withdraw(Subject subject, long planId, int number, Integer expectedVersion) {
        PlanSummary plan = closings.mayDecide(subject, planId);
        ClosingSummary closing = readable(subject, planId, number);
        policy.mayWrite(subject, closing.label(), plan.committeeId()).orThrow();
        Decision decision = new Decision(plan, lock(subject, closing, expectedVersion));
        decision.rules().withdraw(subject.nation());
        stored(subject, decision, null, "workplans.closing.withdraw");
    }

    /** The plan's closings the reader may read, newest first: its closing history. */
    @Transactional(readOnly = true)
    public List<ClosingSummary> history(Subject reader, long planId) {
        return sql.sql("select c.* from workplans.closing c where c.plan_id = :plan and %s order by c.number desc"
                        .formatted(AccessPolicy.readableBy("c")))
                .param("plan", planId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> closing(rs))
                .list();
    }

    /** The closing awaiting a decision, if the reader may read it. */
    @Transactional(readOnly = true)
    public Optional<ClosingSummary> pending(Subject reader, long planId) {
        return history(reader, planId).stream().filter(ClosingSummary::pending).findFirst();
    }

    /** One closing of the plan, if the reader may read it. */
    @Transactional(readOnly = true)
    public ClosingSummary readable(Subject reader, long planId, int number) {
        return find(reader, planId, number).orElseThrow(() -> new NotReadable("closing", number));
    }

    /** One closing of the plan, if the reader may read it. */
    @Transactional(readOnly = true)
    public Optional<ClosingSummary> find(Subject reader, long planId, int number) {
        return sql.sql("select c.* from workplans.closing c where c.plan_id = :plan and c.number = :number and %s"
                        .formatted(AccessPolicy.readableBy("c")))
                .param("plan", planId)
                .param("number", number)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> closing(rs))
                .optional();
    }

    private record Decision(PlanSummary plan, ClosingSummary closing, Closing rules) {

        Decision(PlanSummary plan, ClosingSummary closing) {
            this(plan, closing, Closing.of(closing.proposedBy(), closing.status(), closing.items()));
        }
    }

    /** Loads a closing for a decision by the subject's party: a planner of a party of the plan. */
    private Decision decide(Subject subject, long planId, int number, Integer expectedVersion) {
        PlanSummary plan = closings.mayDecide(subject, planId);
        ClosingSummary closing = readable(subject, planId, number);
        store.lockPlan(planId, null);
        return new Decision(plan, lock(subject, closing, expectedVersion));
    }

    /** Locks the closing's row, checks the caller saw its version, and reads it again as it stands. */
    private ClosingSummary lock(Subject subject, ClosingSummary closing, Integer expectedVersion) {
        int current = sql.sql("select version from workplans.closing where id = :id for update")
                .param("id", closing.id())
                .query(Integer.class)
                .single();
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleVersionException(expectedVersion, current);
        }
        return current == closing.version() ? closing : readable(subject, closing.planId(), closing.number());
    }

    private void stored(Subject subject, Decision decision, LocalizedText reason, String action) {
        ClosingSummary closing = decision.closing();
        PlanAmendments.storeDecision(
                sql, "closing", closing.id(), decision.rules().status(), subject, reason);
        audit.record(AuditEvent.success(action, "closing", Long.toString(closing.id()), closing.label())
                .with("plan", Long.toString(closing.planId()))
                .with("number", Integer.toString(closing.number())));
    }

    /** The id of the plan's closing awaiting a decision, whoever may read it (one at a time). */
    private Long pendingId(long planId) {
        return sql.sql("select id from workplans.closing where plan_id = :plan and status = 'PROPOSED'")
                .param("plan", planId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static Map<Long, ActivitySummary> byId(List<ActivitySummary> activities) {
        var byId = new LinkedHashMap<Long, ActivitySummary>();
        activities.forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static ClosingSummary closing(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ClosingSummary(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getInt("number"),
                rs.getString("proposed_by"),
                rs.getString("proposer"),
                rs.getTimestamp("proposed_at").toInstant(),
                JSON.readValue(rs.getString("decisions"), new TypeReference<List<ClosingSummary.Item>>() {}),
                AmendmentStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                rs.getString("decider"),
                decided == null ? null : decided.toInstant(),
                OptionalTexts.read(rs.getString("reason")),
                rs.getInt("version"),
                Labels.read(rs));
    }
}
