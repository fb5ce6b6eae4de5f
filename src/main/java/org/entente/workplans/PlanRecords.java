package org.entente.workplans;

import static org.entente.workplans.PlanRows.JSON;
import static org.entente.workplans.PlanRows.childLabel;
import static org.entente.workplans.PlanRows.clean;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.committees.CommitteeSummary;
import org.entente.committees.Committees;
import org.entente.committees.SessionSummary;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.workplans.PlanReads.ObjectiveRow;
import org.entente.workplans.WorkPlans.Filter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans themselves: creating one for a committee's year, its objectives and indicators, and signing
 * it (a frozen baseline and its hash). Loads, asks the rules ({@link Plan}), stores, audits.
 */
@Service
class PlanRecords {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Committees committees;
    private final PlanReads reads;
    private final ActivityStore store;

    PlanRecords(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            Committees committees,
            PlanReads reads,
            ActivityStore store) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.committees = committees;
        this.reads = reads;
        this.store = store;
    }

    /** Creates a plan for a committee's year; refused when that year already has a signed plan. */
    @Transactional
    public long create(Subject subject, NewPlan plan) {
        CommitteeSummary committee = committees
                .find(subject, plan.committeeId())
                .orElseThrow(() -> new NotReadable("committee", plan.committeeId()));
        policy.mayWrite(subject, committee.label(), committee.id()).orThrow();
        var errors = new LinkedHashMap<String, String>();
        if (plan.year() < Limits.PLAN_DATES.first().getYear()
                || plan.year() > Limits.PLAN_DATES.last().getYear()) {
            errors.put("year", "workplans.plan.year.invalid");
        }
        if (plan.title() == null || plan.title().values().values().stream().allMatch(String::isBlank)) {
            errors.put("title", "workplans.plan.title.required");
        }
        org.entente.shared.OptionalTexts.check("title", plan.title(), Limits.TITLE, errors);
        Classification level =
                plan.classification() == null ? committee.label().classification() : plan.classification();
        if (!AccessPolicy.withinClearance(subject, level)) {
            errors.put("classification", "workplans.plan.classification.aboveClearance");
        }
        if (errors.isEmpty() && signedPlanExists(plan.committeeId(), plan.year())) {
            errors.put("year", "workplans.plan.yearAlreadySigned");
        }
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        Label label = new Label(level, subject.nation(), committee.label().audience());
        long id = sql.sql("""
                        insert into workplans.plan (committee_id, agreement_id, committee_code, year, title, parties,
                                                    illustrative, classification, owner_nation, releasable_to)
                        values (:committee, :agreement, :code, :year, cast(:title as jsonb), cast(:parties as char(3)[]),
                                :illustrative, :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("committee", committee.id())
                .param(
                        "agreement",
                        committees.agreementOf(subject, committee.id()).orElse(null))
                .param("code", committee.code())
                .param("year", plan.year())
                .param("title", clean(plan.title()).toJson())
                .param("parties", committee.parties().toArray(String[]::new))
                .param("illustrative", plan.illustrative())
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.plan.create", "workplan", Long.toString(id), label)
                .with("committee", Long.toString(committee.id()))
                .with("year", Integer.toString(plan.year())));
        return id;
    }

    private boolean signedPlanExists(long committeeId, int year) {
        return sql.sql("""
                        select count(*) from workplans.plan
                         where committee_id = :committee and year = :year
                           and status in ('SIGNED', 'IN_EXECUTION', 'CLOSED')""")
                        .param("committee", committeeId)
                        .param("year", year)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    public long addObjective(Subject subject, long planId, LocalizedText title) {
        PlanSummary plan = reads.readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        Plan.at(plan.status()).refuseIfSigned();
        if (title == null || title.values().values().stream().allMatch(String::isBlank)) {
            throw WorkPlanRefusedException.of("title", "workplans.objective.title.required");
        }
        if (!Limits.fits(title, Limits.TITLE)) {
            throw WorkPlanRefusedException.of("title", Limits.messageKey(Limits.TITLE));
        }
        Label label = childLabel(subject, plan.label());
        long id = sql.sql("""
                        insert into workplans.objective (plan_id, position, title, classification, owner_nation, releasable_to)
                        values (:plan, (select coalesce(max(position), 0) + 1 from workplans.objective where plan_id = :plan),
                                cast(:title as jsonb), :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("plan", planId)
                .param("title", clean(title).toJson())
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.objective.create", "objective", Long.toString(id), label)
                .with("plan", Long.toString(planId)));
        return id;
    }

    @Transactional
    public long addIndicator(
            Subject subject,
            long objectiveId,
            LocalizedText name,
            LocalizedText unit,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorComputation computation) {
        ObjectiveRow objective = reads.objective(subject, objectiveId);
        PlanSummary plan = reads.readablePlan(subject, objective.planId());
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        Plan.at(plan.status()).refuseIfSigned();
        var errors = new LinkedHashMap<String, String>();
        if (name == null || name.values().values().stream().allMatch(String::isBlank)) {
            errors.put("name", "workplans.indicator.name.required");
        }
        if (unit == null || unit.values().values().stream().allMatch(String::isBlank)) {
            errors.put("unit", "workplans.indicator.unit.required");
        }
        Limits.check("name", name, Limits.NAME, errors);
        org.entente.shared.OptionalTexts.check("unit", unit, Limits.NAME, errors);
        if (target == null) {
            errors.put("target", "workplans.indicator.target.required");
        }
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        Label label = childLabel(subject, plan.label());
        long id = sql.sql("""
                        insert into workplans.indicator (objective_id, name, unit, baseline_value, target_value,
                                                         computation, classification, owner_nation, releasable_to)
                        values (:objective, cast(:name as jsonb), cast(:unit as jsonb), :baseline, :target, :computation,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("objective", objectiveId)
                .param("name", clean(name).toJson())
                .param("unit", clean(unit).toJson())
                .param("baseline", baseline == null ? BigDecimal.ZERO : baseline)
                .param("target", target)
                .param("computation", (computation == null ? IndicatorComputation.NONE : computation).name())
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.indicator.create", "indicator", Long.toString(id), label));
        return id;
    }

    /** Records an indicator's actual value for a quarter (1–4) of the plan's year. */
    @Transactional
    public void recordActual(Subject subject, long indicatorId, int quarter, BigDecimal value) {
        record IndicatorRow(long objectiveId, Label label, IndicatorComputation computation) {}
        IndicatorRow indicator = sql.sql(
                        "select i.* from workplans.indicator i where i.id = :id and " + AccessPolicy.readableBy("i"))
                .param("id", indicatorId)
                .params(AccessPolicy.readerParams(subject))
                .query((rs, n) -> new IndicatorRow(
                        rs.getLong("objective_id"),
                        Labels.read(rs),
                        IndicatorComputation.of(rs.getString("computation"))))
                .optional()
                .orElseThrow(() -> new NotReadable("indicator", indicatorId));
        PlanSummary plan = reads.readablePlan(
                subject, reads.objective(subject, indicator.objectiveId()).planId());
        policy.mayWrite(subject, indicator.label(), plan.committeeId()).orThrow();
        if (indicator.computation().computed()) {
            // Computed from the activities: nobody types it.
            throw WorkPlanRefusedException.of("value", "workplans.indicator.computed");
        }
        var errors = new LinkedHashMap<String, String>();
        if (quarter < 1 || quarter > 4) {
            errors.put("quarter", "workplans.quarter.invalid");
        }
        if (value == null) {
            errors.put("value", "workplans.indicator.value.required");
        }
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        sql.sql("""
                        update workplans.indicator
                           set actuals = actuals || jsonb_build_object(cast(:quarter as text), :value), version = version + 1
                         where id = :id""")
                .param("quarter", Integer.toString(quarter))
                .param("value", value)
                .param("id", indicatorId)
                .update();
        audit.record(AuditEvent.success(
                        "workplans.indicator.actual", "indicator", Long.toString(indicatorId), indicator.label())
                .with("quarter", Integer.toString(quarter))
                .with("value", value.toPlainString()));
    }

    /**
     * Signs a plan at one of its committee's sessions, once every activity is approved by every
     * party: stores the frozen baseline and its SHA-256.
     */
    @Transactional
    public String sign(
            Subject subject, long planId, Integer expectedVersion, int sessionNumber, List<PlanSignatory> signatories) {
        PlanSummary plan = reads.readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        Plan rules = Plan.at(plan.status());
        if (plan.status().signed()) {
            rules.sign(plan.activities(), 0);
        }
        var errors = new LinkedHashMap<String, String>();
        SessionSummary session = committees.sessionsOf(subject, plan.committeeId()).stream()
                .filter(s -> s.number() == sessionNumber)
                .findFirst()
                .orElse(null);
        if (session == null) {
            errors.put("session", "workplans.sign.session.unknown");
        }
        List<PlanSignatory> signed = signatories == null
                ? List.of()
                : signatories.stream()
                        .filter(s -> s != null && s.name() != null && !s.name().isBlank())
                        .map(PlanSignatory::stripped)
                        .toList();
        Set<String> signingNations = signed.stream().map(PlanSignatory::nation).collect(Collectors.toSet());
        if (!signingNations.containsAll(plan.parties()) || !plan.parties().containsAll(signingNations)) {
            errors.put("signatories", "workplans.sign.signatories.required");
        }
        for (PlanSignatory signatory : signed) {
            Limits.check("signatories", signatory.name(), Limits.NAME, errors);
            Limits.check("signatories", signatory.capacity(), Limits.NAME, errors);
        }
        long unapproved = sql.sql("""
                        select count(*) from workplans.activity
                         where plan_id = :plan and status <> 'CANCELLED' and not approvals @> cast(:parties as char(3)[])""")
                .param("plan", planId)
                .param("parties", plan.parties().toArray(String[]::new))
                .query(Long.class)
                .single();
        try {
            rules.sign(plan.activities(), unapproved);
        } catch (WorkPlanRefusedException refused) {
            errors.putAll(refused.errors());
        }
        if (!errors.containsKey("plan") && signedPlanExists(plan.committeeId(), plan.year())) {
            errors.put("plan", "workplans.plan.yearAlreadySigned");
        }
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        store.lockPlan(planId, expectedVersion);
        String baseline = Baseline.canonical(
                plan, reads.objectivesOf(subject, planId), reads.activitiesOf(subject, planId, Filter.NONE, "code"));
        String hash = Baseline.sha256(baseline);
        try {
            sql.sql("""
                            update workplans.plan
                               set status = 'SIGNED', signed_session = :session, signed_on = :on,
                                   signatories = cast(:signatories as jsonb), baseline = :baseline,
                                   baseline_sha256 = :hash, version = version + 1
                             where id = :id""")
                    .param("session", sessionNumber)
                    .param("on", session.startDate())
                    .param("signatories", JSON.writeValueAsString(signed))
                    .param("baseline", baseline)
                    .param("hash", hash)
                    .param("id", planId)
                    .update();
        } catch (DuplicateKeyException another) {
            throw WorkPlanRefusedException.of("plan", "workplans.plan.yearAlreadySigned");
        }
        audit.record(AuditEvent.success("workplans.plan.sign", "workplan", Long.toString(planId), plan.label())
                .with("session", Integer.toString(sessionNumber))
                .with("sha256", hash));
        store.publish(new PlanEvents.PlanSigned(planId, subject.nation()));
        return hash;
    }
}
