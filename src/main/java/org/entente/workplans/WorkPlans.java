package org.entente.workplans;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
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
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work plans and their rules: two-party approval (a change withdraws the other party's approval),
 * signing a frozen baseline, numbered amendments after it, execution, and the hold that follows a
 * suspension. Every read filters with the access policy's rule, every change is checked by it and
 * audited in its transaction; a refused change changes nothing.
 */
@Service
public class WorkPlans {

    /** Costs borne by both parties. */
    public static final String SHARED_COSTS = "SHARED";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Filters of the plan table; null means any. */
    public record Filter(Integer quarter, String domain, String nation, ActivityStatus status, String awaiting) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** One page of a list, with the total of what the reader may see. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** What a committee did of its plan between two days: the next session's review. */
    public record Execution(
            List<ActivitySummary> planned,
            List<ActivitySummary> executed,
            List<ActivitySummary> postponed,
            List<ActivitySummary> cancelled) {}

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Committees committees;
    private final Agreements agreements;
    private final ReaderScope scope;

    WorkPlans(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            Committees committees,
            Agreements agreements,
            ReaderScope scope) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.committees = committees;
        this.agreements = agreements;
        this.scope = scope;
    }

    // ---------------------------------------------------------------- plans

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
        Limits.check("title", plan.title(), Limits.TITLE, errors);
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

    /** One plan, if it exists and the reader may see it. */
    @Transactional(readOnly = true)
    public Optional<PlanSummary> find(Subject reader, long id) {
        return sql.sql(PLAN_SELECT + " where p.id = :id and " + AccessPolicy.readableBy("p"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> plan(rs))
                .optional();
    }

    /** The plans the reader may see, latest year first; counts hold only what they may see. */
    @Transactional(readOnly = true)
    public Page<PlanSummary> plans(Subject reader, Long committeeId, int page, int size) {
        String where = " where " + AccessPolicy.readableBy("p")
                + (committeeId == null ? "" : " and p.committee_id = :committee");
        var params = new LinkedHashMap<String, Object>(AccessPolicy.readerParams(reader));
        if (committeeId != null) {
            params.put("committee", committeeId);
        }
        long total = sql.sql("select count(*) from workplans.plan p" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<PlanSummary> items = sql.sql(PLAN_SELECT + where
                        + " order by p.year desc, p.committee_code, p.id limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> plan(rs))
                .list();
        return new Page<>(items, page, size, total);
    }

    private static final String PLAN_SELECT = """
            select p.*,
                   (select count(*) from workplans.activity a where a.plan_id = p.id and %1$s) as activity_count,
                   (select count(*) from workplans.activity a where a.plan_id = p.id and %1$s
                                                              and a.approvals @> p.parties) as approved_count
              from workplans.plan p""".formatted(AccessPolicy.readableBy("a"));

    private PlanSummary readablePlan(Subject subject, long id) {
        return find(subject, id).orElseThrow(() -> new NotReadable("workplan", id));
    }

    /** Locks the plan's row and checks the caller saw its current version. */
    private void lockPlan(long id, Integer expectedVersion) {
        int current = sql.sql("select version from workplans.plan where id = :id for update")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleVersionException(expectedVersion, current);
        }
    }

    // ---------------------------------------------------------------- objectives and indicators

    @Transactional
    public long addObjective(Subject subject, long planId, LocalizedText title) {
        PlanSummary plan = readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        refuseIfSigned(plan);
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
            String unit,
            BigDecimal baseline,
            BigDecimal target) {
        ObjectiveRow objective = objective(subject, objectiveId);
        PlanSummary plan = readablePlan(subject, objective.planId());
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        refuseIfSigned(plan);
        var errors = new LinkedHashMap<String, String>();
        if (name == null || name.values().values().stream().allMatch(String::isBlank)) {
            errors.put("name", "workplans.indicator.name.required");
        }
        if (unit == null || unit.isBlank()) {
            errors.put("unit", "workplans.indicator.unit.required");
        }
        Limits.check("name", name, Limits.NAME, errors);
        Limits.check("unit", unit, Limits.NAME, errors);
        if (target == null) {
            errors.put("target", "workplans.indicator.target.required");
        }
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        Label label = childLabel(subject, plan.label());
        long id = sql.sql("""
                        insert into workplans.indicator (objective_id, name, unit, baseline_value, target_value,
                                                         classification, owner_nation, releasable_to)
                        values (:objective, cast(:name as jsonb), :unit, :baseline, :target,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("objective", objectiveId)
                .param("name", clean(name).toJson())
                .param("unit", unit.strip())
                .param("baseline", baseline == null ? BigDecimal.ZERO : baseline)
                .param("target", target)
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.indicator.create", "indicator", Long.toString(id), label));
        return id;
    }

    /** Records an indicator's actual value for a quarter (1–4) of the plan's year. */
    @Transactional
    public void recordActual(Subject subject, long indicatorId, int quarter, BigDecimal value) {
        record IndicatorRow(long objectiveId, Label label) {}
        IndicatorRow indicator = sql.sql(
                        "select i.* from workplans.indicator i where i.id = :id and " + AccessPolicy.readableBy("i"))
                .param("id", indicatorId)
                .params(AccessPolicy.readerParams(subject))
                .query((rs, n) -> new IndicatorRow(rs.getLong("objective_id"), Labels.read(rs)))
                .optional()
                .orElseThrow(() -> new NotReadable("indicator", indicatorId));
        PlanSummary plan = readablePlan(
                subject, objective(subject, indicator.objectiveId()).planId());
        policy.mayWrite(subject, indicator.label(), plan.committeeId()).orThrow();
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

    private record ObjectiveRow(long id, long planId) {}

    private ObjectiveRow objective(Subject subject, long id) {
        return sql.sql("select o.id, o.plan_id from workplans.objective o where o.id = :id and "
                        + AccessPolicy.readableBy("o"))
                .param("id", id)
                .params(AccessPolicy.readerParams(subject))
                .query((rs, n) -> new ObjectiveRow(rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElseThrow(() -> new NotReadable("objective", id));
    }

    /** A plan's objectives with their indicators, those the reader may see. */
    @Transactional(readOnly = true)
    public List<ObjectiveSummary> objectivesOf(Subject reader, long planId) {
        Map<Long, List<ObjectiveSummary.Indicator>> indicators = new TreeMap<>();
        sql.sql("""
                        select i.* from workplans.indicator i join workplans.objective o on o.id = i.objective_id
                         where o.plan_id = :plan and %s order by i.id""".formatted(AccessPolicy.readableBy("i")))
                .param("plan", planId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> indicators
                        .computeIfAbsent(rs.getLong("objective_id"), k -> new ArrayList<>())
                        .add(indicator(rs)))
                .list();
        return sql.sql("select o.* from workplans.objective o where o.plan_id = :plan and %s order by o.position"
                        .formatted(AccessPolicy.readableBy("o")))
                .param("plan", planId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new ObjectiveSummary(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getInt("position"),
                        LocalizedText.fromJson(rs.getString("title")),
                        indicators.getOrDefault(rs.getLong("id"), List.of()),
                        Labels.read(rs)))
                .list();
    }

    private static ObjectiveSummary.Indicator indicator(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> raw =
                JSON.readValue(rs.getString("actuals"), new TypeReference<Map<String, BigDecimal>>() {});
        var actuals = new TreeMap<Integer, BigDecimal>();
        raw.forEach((q, v) -> actuals.put(Integer.valueOf(q), v));
        return new ObjectiveSummary.Indicator(
                rs.getLong("id"),
                LocalizedText.fromJson(rs.getString("name")),
                rs.getString("unit"),
                rs.getBigDecimal("baseline_value"),
                rs.getBigDecimal("target_value"),
                actuals,
                rs.getInt("version"),
                Labels.read(rs));
    }

    // ---------------------------------------------------------------- activities

    /**
     * Proposes an activity for a plan under negotiation. A planner's proposal carries their own
     * party's approval; the other party sees it as a proposal to approve.
     */
    @Transactional
    public long propose(Subject subject, long planId, ActivityDraft draft) {
        PlanSummary plan = readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        refuseIfSigned(plan);
        ActivityDraft clean = validate(subject, plan, draft);
        boolean approves = policy.mayApproveFor(subject, subject.nation(), plan.label(), plan.committeeId())
                .allowed();
        long id = insertActivity(subject, plan, clean, approves ? List.of(subject.nation()) : List.of(), null, false);
        history(subject, id, childLabel(subject, plan.label()), "PROPOSED", subject.nation(), null);
        if (approves) {
            history(subject, id, childLabel(subject, plan.label()), "APPROVED", subject.nation(), null);
            openNegotiation(plan);
        }
        return id;
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
        PlanSummary plan = readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        refuseIfSigned(plan);
        Known known = known(subject, plan);
        var clean = new ArrayList<ActivityDraft>();
        var refused = new TreeMap<Integer, Map<String, String>>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                clean.add(validate(plan, drafts.get(i), known));
            } catch (WorkPlanRefusedException invalid) {
                refused.put(i, invalid.errors());
            }
        }
        if (!refused.isEmpty()) {
            return refused;
        }
        boolean approves = policy.mayApproveFor(subject, subject.nation(), plan.label(), plan.committeeId())
                .allowed();
        Label label = childLabel(subject, plan.label());
        for (ActivityDraft draft : clean) {
            long id =
                    insertActivity(subject, plan, draft, approves ? List.of(subject.nation()) : List.of(), null, false);
            history(subject, id, label, "PROPOSED", subject.nation(), null);
            if (approves) {
                history(subject, id, label, "APPROVED", subject.nation(), null);
            }
        }
        if (approves && !clean.isEmpty()) {
            openNegotiation(plan);
        }
        return Map.of();
    }

    /** For the demo scenario: an activity proposed with the given flag of invented content. */
    @Transactional
    public long propose(Subject subject, long planId, ActivityDraft draft, boolean illustrative) {
        long id = propose(subject, planId, draft);
        sql.sql("update workplans.activity set illustrative = :illustrative where id = :id")
                .param("illustrative", illustrative)
                .param("id", id)
                .update();
        return id;
    }

    private long insertActivity(
            Subject subject,
            PlanSummary plan,
            ActivityDraft draft,
            List<String> approvals,
            Integer amendment,
            boolean illustrative) {
        int seq = sql.sql("update workplans.plan set next_seq = next_seq + 1 where id = :id returning next_seq")
                .param("id", plan.id())
                .query(Integer.class)
                .single();
        String code = "%s-%d-%03d".formatted(prefix(plan.committeeCode()), plan.year(), seq);
        Label label = childLabel(subject, plan.label());
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
                .params(draftParams(draft))
                .param("approvals", approvals.toArray(String[]::new))
                .param("proposedBy", subject.nation())
                .param("amendment", amendment)
                .param("illustrative", illustrative)
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.activity.create", "activity", Long.toString(id), label)
                .with("plan", Long.toString(plan.id()))
                .with("code", code));
        return id;
    }

    /** The committee code's first part: {@code JMC-ISR-MAR} gives {@code JMC}. */
    static String prefix(String committeeCode) {
        int dash = committeeCode.indexOf('-');
        return dash > 0 ? committeeCode.substring(0, dash) : committeeCode;
    }

    /** The columns a draft sets, with the parameters of {@link #draftParams}. */
    private static final String DRAFT_COLUMNS = """
            title = cast(:title as jsonb), description = cast(:description as jsonb), type = :type, domain = :domain,
            objective_ids = cast(:objectives as bigint[]), lead_nation = :lead, host_nation = :host,
            city = cast(:city as jsonb), planned_quarter = :quarter, planned_start = :start, planned_end = :end,
            participants = cast(:participants as jsonb), cost_bearer = :costBearer""";

    private static Map<String, Object> draftParams(ActivityDraft draft) {
        var params = new LinkedHashMap<String, Object>();
        params.put("title", draft.title().toJson());
        params.put("description", draft.description().toJson());
        params.put("type", draft.type().name());
        params.put("domain", draft.domain());
        params.put("objectives", draft.objectiveIds().toArray(Long[]::new));
        params.put("lead", draft.leadNation());
        params.put("host", draft.hostNation());
        params.put("city", draft.city().toJson());
        params.put("quarter", draft.plannedQuarter());
        params.put("start", draft.plannedStart());
        params.put("end", draft.plannedEnd());
        params.put("participants", JSON.writeValueAsString(new TreeMap<>(draft.participants())));
        params.put("costBearer", draft.costBearer());
        return params;
    }

    /**
     * Changes an activity of a plan under negotiation. The change withdraws the other parties'
     * approvals (and tells them, in the activity's history); a planner's change carries their own.
     */
    @Transactional
    public void change(Subject subject, long id, Integer expectedVersion, ActivityDraft draft) {
        ActivitySummary activity = readableActivity(subject, id);
        PlanSummary plan = readablePlan(subject, activity.planId());
        policy.mayWrite(subject, activity.label(), plan.committeeId()).orThrow();
        if (plan.status().signed()) {
            throw WorkPlanRefusedException.of("activity", "workplans.activity.signedUseAmendment");
        }
        ActivityDraft clean = validate(subject, plan, draft);
        lockActivity(id, expectedVersion);
        boolean approves = policy.mayApproveFor(subject, subject.nation(), plan.label(), plan.committeeId())
                .allowed();
        var withdrawn = new TreeSet<>(activity.approvals());
        withdrawn.remove(subject.nation());
        var stillWithdrawn = new TreeSet<>(activity.withdrawn());
        stillWithdrawn.addAll(withdrawn);
        stillWithdrawn.remove(subject.nation());
        sql.sql("""
                        update workplans.activity
                           set %s, approvals = cast(:approvals as char(3)[]),
                               withdrawn = cast(:withdrawn as char(3)[]), proposed_by = :nation, version = version + 1
                         where id = :id""".formatted(DRAFT_COLUMNS))
                .params(draftParams(clean))
                .param("approvals", approves ? new String[] {subject.nation()} : new String[0])
                .param("withdrawn", stillWithdrawn.toArray(String[]::new))
                .param("nation", subject.nation())
                .param("id", id)
                .update();
        Label label = childLabel(subject, activity.label());
        history(subject, id, label, "CHANGED", subject.nation(), null);
        for (String nation : withdrawn) {
            history(subject, id, label, "APPROVAL_WITHDRAWN", nation, null);
        }
        audit.record(AuditEvent.success("workplans.activity.change", "activity", Long.toString(id), activity.label())
                .with("withdrawn", String.join(",", withdrawn)));
    }

    /** Approves an activity for one party: a planner of the committee, for their own nation only. */
    @Transactional
    public void approve(Subject subject, long id, String nation, Integer expectedVersion) {
        ActivitySummary activity = readableActivity(subject, id);
        PlanSummary plan = readablePlan(subject, activity.planId());
        policy.mayApproveFor(subject, nation, activity.label(), plan.committeeId())
                .orThrow();
        if (!plan.parties().contains(nation)) {
            throw WorkPlanRefusedException.of("nation", "workplans.approve.notParty");
        }
        if (plan.status().signed()) {
            throw WorkPlanRefusedException.of("activity", "workplans.activity.signedUseAmendment");
        }
        lockActivity(id, expectedVersion);
        if (activity.approvedBy(nation)) {
            return;
        }
        sql.sql("""
                        update workplans.activity
                           set approvals = array_append(approvals, cast(:nation as char(3))),
                               withdrawn = array_remove(withdrawn, cast(:nation as char(3))), version = version + 1
                         where id = :id""").param("nation", nation).param("id", id).update();
        history(subject, id, childLabel(subject, activity.label()), "APPROVED", nation, null);
        audit.record(AuditEvent.success("workplans.activity.approve", "activity", Long.toString(id), activity.label())
                .with("nation", nation));
        openNegotiation(plan);
    }

    /**
     * Approves for the subject's nation every activity of the filtered set that still waits for it.
     *
     * @return how many were approved
     */
    @Transactional
    public int approveAll(Subject subject, long planId, Filter filter) {
        PlanSummary plan = readablePlan(subject, planId);
        policy.mayApproveFor(subject, subject.nation(), plan.label(), plan.committeeId())
                .orThrow();
        refuseIfSigned(plan);
        int count = 0;
        for (ActivitySummary activity : activitiesOf(subject, planId, filter, "code")) {
            if (!activity.approvedBy(subject.nation())) {
                approve(subject, activity.id(), subject.nation(), null);
                count++;
            }
        }
        return count;
    }

    private void openNegotiation(PlanSummary plan) {
        sql.sql("update workplans.plan set status = 'NEGOTIATION' where id = :id and status = 'DRAFT'")
                .param("id", plan.id())
                .update();
    }

    private void refuseIfSigned(PlanSummary plan) {
        if (plan.status().signed()) {
            throw WorkPlanRefusedException.of("plan", "workplans.activity.signedUseAmendment");
        }
    }

    private void lockActivity(long id, Integer expectedVersion) {
        int current = sql.sql("select version from workplans.activity where id = :id for update")
                .param("id", id)
                .query(Integer.class)
                .single();
        if (expectedVersion != null && expectedVersion != current) {
            throw new StaleVersionException(expectedVersion, current);
        }
    }

    /** Checks and tidies a draft; every bad field is named, and nothing is stored when one is. */
    /** What a draft is checked against: the domains in use and the plan's objectives. */
    private record Known(Set<String> domains, Set<Long> objectives) {}

    private Known known(Subject subject, PlanSummary plan) {
        return new Known(
                agreements.domains().stream()
                        .filter(d -> !d.retired())
                        .map(Domain::code)
                        .collect(Collectors.toSet()),
                objectivesOf(subject, plan.id()).stream()
                        .map(ObjectiveSummary::id)
                        .collect(Collectors.toSet()));
    }

    private ActivityDraft validate(Subject subject, PlanSummary plan, ActivityDraft draft) {
        return validate(plan, draft, known(subject, plan));
    }

    private ActivityDraft validate(PlanSummary plan, ActivityDraft draft, Known known) {
        var errors = new LinkedHashMap<String, String>();
        LocalizedText title = clean(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "workplans.activity.title.required");
        }
        Limits.check("title", title, Limits.TITLE, errors);
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
                || !(SHARED_COSTS.equals(draft.costBearer()) || plan.parties().contains(draft.costBearer()))) {
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

    /** One activity, if it exists and the reader may see it. */
    @Transactional(readOnly = true)
    public Optional<ActivitySummary> activity(Subject reader, long id) {
        return sql.sql("select a.* from workplans.activity a where a.id = :id and " + AccessPolicy.readableBy("a"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> activity(rs))
                .optional();
    }

    private ActivitySummary readableActivity(Subject subject, long id) {
        return activity(subject, id).orElseThrow(() -> new NotReadable("activity", id));
    }

    /** The sort orders of the plan table. */
    static final Map<String, String> SORTS = Map.of(
            "code", "a.seq",
            "quarter", "coalesce(a.planned_quarter, 5), a.planned_start nulls last, a.seq",
            "domain", "a.domain, a.seq",
            "nation", "a.lead_nation, a.seq",
            "status", "a.status, a.seq");

    /** A plan's activities the reader may see, filtered and sorted. */
    @Transactional(readOnly = true)
    public List<ActivitySummary> activitiesOf(Subject reader, long planId, Filter filter, String sort) {
        var where = new StringBuilder(" where a.plan_id = :plan and " + AccessPolicy.readableBy("a"));
        var params = new LinkedHashMap<String, Object>(AccessPolicy.readerParams(reader));
        params.put("plan", planId);
        if (filter.quarter() != null) {
            where.append(" and a.planned_quarter = :quarter");
            params.put("quarter", filter.quarter());
        }
        if (filter.domain() != null) {
            where.append(" and a.domain = :domain");
            params.put("domain", filter.domain());
        }
        if (filter.nation() != null) {
            where.append(" and (a.lead_nation = :nation or a.host_nation = :nation)");
            params.put("nation", filter.nation());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.awaiting() != null) {
            where.append(" and not (cast(:awaiting as char(3)) = any(a.approvals))");
            params.put("awaiting", filter.awaiting());
        }
        return sql.sql("select a.* from workplans.activity a" + where + " order by "
                        + SORTS.getOrDefault(sort == null ? "code" : sort, SORTS.get("code")))
                .params(params)
                .query((rs, n) -> activity(rs))
                .list();
    }

    /** The activities the reader may see of the plans for a year they may see, all committees together. */
    @Transactional(readOnly = true)
    public List<ActivitySummary> activitiesIn(Subject reader, int year) {
        return sql.sql("""
                        select a.* from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         where p.year = :year and %s and %s
                         order by p.committee_code, a.seq""".formatted(AccessPolicy.readableBy("a"), AccessPolicy.readableBy("p")))
                .param("year", year)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> activity(rs))
                .list();
    }

    /** An activity's history, oldest first. */
    @Transactional(readOnly = true)
    public List<ActivityHistory> historyOf(Subject reader, long activityId) {
        return sql.sql("select e.* from workplans.activity_event e where e.activity_id = :id and %s order by e.id"
                        .formatted(AccessPolicy.readableBy("e")))
                .param("id", activityId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new ActivityHistory(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("kind"),
                        rs.getString("nation"),
                        rs.getString("actor"),
                        rs.getString("detail")))
                .list();
    }

    void history(Subject subject, long activityId, Label label, String kind, String nation, String detail) {
        sql.sql("""
                        insert into workplans.activity_event (activity_id, kind, nation, actor, detail,
                                                              classification, owner_nation, releasable_to)
                        values (:activity, :kind, :nation, :actor, :detail,
                                :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("activity", activityId)
                .param("kind", kind)
                .param("nation", nation)
                .param("actor", subject == null ? "system" : subject.username())
                .param("detail", detail)
                .params(Labels.params(label))
                .update();
    }

    /** A record created by the subject under a parent: the parent's level and audience, owned by the subject's nation. */
    private static Label childLabel(Subject subject, Label parent) {
        return new Label(parent.classification(), subject.nation(), parent.audience());
    }

    // ---------------------------------------------------------------- signing and amendments

    /**
     * Signs a plan at one of its committee's sessions, once every activity is approved by every
     * party: stores the frozen baseline and its SHA-256.
     */
    @Transactional
    public String sign(
            Subject subject, long planId, Integer expectedVersion, int sessionNumber, List<PlanSignatory> signatories) {
        PlanSummary plan = readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        if (plan.status().signed()) {
            throw WorkPlanRefusedException.of("plan", "workplans.plan.alreadySigned");
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
                        .map(s -> new PlanSignatory(
                                s.nation(),
                                s.name().strip(),
                                s.capacity() == null ? "" : s.capacity().strip()))
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
        if (plan.activities() == 0) {
            errors.put("plan", "workplans.sign.empty");
        } else if (unapproved > 0) {
            errors.put("plan", "workplans.sign.unapproved");
        }
        if (!errors.containsKey("plan") && signedPlanExists(plan.committeeId(), plan.year())) {
            errors.put("plan", "workplans.plan.yearAlreadySigned");
        }
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        lockPlan(planId, expectedVersion);
        String baseline = Baseline.canonical(
                plan, objectivesOf(subject, planId), activitiesOf(subject, planId, Filter.NONE, "code"));
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
        return hash;
    }

    /** The signed baseline, exactly as hashed; empty before signing. */
    @Transactional(readOnly = true)
    public Optional<String> baselineOf(Subject reader, long planId) {
        readablePlan(reader, planId);
        return sql.sql("select baseline from workplans.plan where id = :id")
                .param("id", planId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .single();
    }

    /** The plan as it is now, in the baseline's canonical form. */
    @Transactional(readOnly = true)
    public String currentOf(Subject reader, long planId) {
        PlanSummary plan = readablePlan(reader, planId);
        return Baseline.canonical(
                plan, objectivesOf(reader, planId), activitiesOf(reader, planId, Filter.NONE, "code"));
    }

    /** Every difference between the signed baseline and the plan as it is now. */
    @Transactional(readOnly = true)
    public List<PlanDifference> differences(Subject reader, long planId) {
        return baselineOf(reader, planId)
                .map(baseline -> Baseline.differences(baseline, currentOf(reader, planId)))
                .orElse(List.of());
    }

    /**
     * Proposes a numbered amendment to a signed plan: a change to one activity, or a new one
     * ({@code activityId} null). It applies once the other party approves it.
     */
    @Transactional
    public int proposeAmendment(Subject subject, long planId, Long activityId, ActivityDraft draft) {
        PlanSummary plan = readablePlan(subject, planId);
        policy.mayWrite(subject, plan.label(), plan.committeeId()).orThrow();
        if (!plan.status().signed() || plan.status() == PlanStatus.CLOSED) {
            throw WorkPlanRefusedException.of("plan", "workplans.amendment.notSigned");
        }
        if (activityId != null) {
            ActivitySummary activity = readableActivity(subject, activityId);
            if (activity.planId() != planId) {
                throw new NotReadable("activity", activityId);
            }
        }
        ActivityDraft clean = validate(subject, plan, draft);
        int number = sql.sql(
                        "update workplans.plan set next_amendment = next_amendment + 1 where id = :id returning next_amendment")
                .param("id", planId)
                .query(Integer.class)
                .single();
        Label label = childLabel(subject, plan.label());
        long id = sql.sql("""
                        insert into workplans.amendment (plan_id, number, activity_id, proposed_by, changes,
                                                         classification, owner_nation, releasable_to)
                        values (:plan, :number, :activity, :nation, cast(:changes as jsonb),
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("plan", planId)
                .param("number", number)
                .param("activity", activityId)
                .param("nation", subject.nation())
                .param("changes", JSON.writeValueAsString(clean))
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("workplans.amendment.propose", "amendment", Long.toString(id), label)
                .with("plan", Long.toString(planId))
                .with("number", Integer.toString(number)));
        return number;
    }

    /** Approves another party's amendment, which then applies to the plan. */
    @Transactional
    public void approveAmendment(Subject subject, long planId, int number) {
        PlanSummary plan = readablePlan(subject, planId);
        AmendmentSummary amendment = amendmentsOf(subject, planId).stream()
                .filter(a -> a.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotReadable("amendment", number));
        policy.mayApproveFor(subject, subject.nation(), amendment.label(), plan.committeeId())
                .orThrow();
        if (amendment.proposedBy().equals(subject.nation())) {
            throw WorkPlanRefusedException.of("amendment", "workplans.amendment.ownProposal");
        }
        if (amendment.approved()) {
            throw WorkPlanRefusedException.of("amendment", "workplans.amendment.alreadyApproved");
        }
        lockPlan(planId, null);
        ActivityDraft draft = amendment.changes();
        if (amendment.activityId() == null) {
            long id = insertActivity(subject, plan, draft, plan.parties(), number, false);
            history(
                    subject,
                    id,
                    childLabel(subject, plan.label()),
                    "AMENDED",
                    subject.nation(),
                    Integer.toString(number));
        } else {
            sql.sql("""
                            update workplans.activity
                               set %s, amendment_number = :number, version = version + 1
                             where id = :id""".formatted(DRAFT_COLUMNS))
                    .params(draftParams(draft))
                    .param("number", number)
                    .param("id", amendment.activityId())
                    .update();
            history(
                    subject,
                    amendment.activityId(),
                    childLabel(subject, plan.label()),
                    "AMENDED",
                    subject.nation(),
                    Integer.toString(number));
        }
        sql.sql(
                        "update workplans.amendment set status = 'APPROVED', approved_by = :nation, version = version + 1 where id = :id")
                .param("nation", subject.nation())
                .param("id", amendment.id())
                .update();
        audit.record(AuditEvent.success(
                        "workplans.amendment.approve", "amendment", Long.toString(amendment.id()), amendment.label())
                .with("number", Integer.toString(number)));
    }

    /** A plan's amendments the reader may see, by number. */
    @Transactional(readOnly = true)
    public List<AmendmentSummary> amendmentsOf(Subject reader, long planId) {
        return sql.sql("""
                        select m.*, a.code as activity_code
                          from workplans.amendment m left join workplans.activity a on a.id = m.activity_id
                         where m.plan_id = :plan and %s order by m.number""".formatted(AccessPolicy.readableBy("m")))
                .param("plan", planId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new AmendmentSummary(
                        rs.getLong("id"),
                        rs.getLong("plan_id"),
                        rs.getInt("number"),
                        (Long) rs.getObject("activity_id"),
                        rs.getString("activity_code"),
                        rs.getString("proposed_by"),
                        JSON.readValue(rs.getString("changes"), ActivityDraft.class),
                        "APPROVED".equals(rs.getString("status")),
                        rs.getString("approved_by"),
                        Labels.read(rs)))
                .list();
    }

    // ---------------------------------------------------------------- execution

    /** Records that an activity was held: it needs its actual dates. */
    @Transactional
    public void execute(Subject subject, long id, Integer expectedVersion, LocalDate actualStart, LocalDate actualEnd) {
        ActivitySummary activity = executable(subject, id);
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
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        lockActivity(id, expectedVersion);
        sql.sql("""
                        update workplans.activity
                           set status = 'EXECUTED', actual_start = :start, actual_end = :end, needs_replanning = false,
                               version = version + 1
                         where id = :id""")
                .param("start", actualStart)
                .param("end", actualEnd)
                .param("id", id)
                .update();
        sql.sql("update workplans.plan set status = 'IN_EXECUTION' where id = :id and status = 'SIGNED'")
                .param("id", activity.planId())
                .update();
        executed(subject, activity, "EXECUTED", actualStart + " – " + actualEnd);
    }

    /** Postpones an activity to a new period (a quarter or dates), with the reason. */
    @Transactional
    public void postpone(
            Subject subject,
            long id,
            Integer expectedVersion,
            Integer quarter,
            LocalDate start,
            LocalDate end,
            String reason) {
        ActivitySummary activity = executable(subject, id);
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
        if (start != null && until.isBefore(start)) {
            errors.putIfAbsent("plannedEnd", "workplans.activity.dates.order");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "workplans.execution.reason.required");
        }
        Limits.check("reason", reason, Limits.SHORT_TEXT, errors);
        if (!errors.isEmpty()) {
            throw new WorkPlanRefusedException(errors);
        }
        lockActivity(id, expectedVersion);
        sql.sql("""
                        update workplans.activity
                           set status = 'POSTPONED', planned_quarter = :quarter, planned_start = :start, planned_end = :end,
                               reason = :reason, needs_replanning = false, version = version + 1
                         where id = :id""")
                .param("quarter", quarter != null ? quarter : (start.getMonthValue() - 1) / 3 + 1)
                .param("start", start)
                .param("end", until)
                .param("reason", reason.strip())
                .param("id", id)
                .update();
        executed(subject, activity, "POSTPONED", reason.strip());
    }

    /** Cancels an activity, with the reason. */
    @Transactional
    public void cancel(Subject subject, long id, Integer expectedVersion, String reason) {
        ActivitySummary activity = executable(subject, id);
        if (reason == null || reason.isBlank()) {
            throw WorkPlanRefusedException.of("reason", "workplans.execution.reason.required");
        }
        if (!Limits.fits(reason, Limits.SHORT_TEXT)) {
            throw WorkPlanRefusedException.of("reason", Limits.messageKey(Limits.SHORT_TEXT));
        }
        lockActivity(id, expectedVersion);
        sql.sql("""
                        update workplans.activity
                           set status = 'CANCELLED', reason = :reason, needs_replanning = false, version = version + 1
                         where id = :id""").param("reason", reason.strip()).param("id", id).update();
        executed(subject, activity, "CANCELLED", reason.strip());
    }

    /** Writes the after-action report of an executed activity. */
    @Transactional
    public void report(Subject subject, long id, Integer expectedVersion, ActivitySummary.Report report) {
        ActivitySummary activity = readableActivity(subject, id);
        PlanSummary plan = readablePlan(subject, activity.planId());
        policy.mayWrite(subject, activity.label(), plan.committeeId()).orThrow();
        if (activity.status() != ActivityStatus.EXECUTED) {
            throw WorkPlanRefusedException.of("activity", "workplans.report.notExecuted");
        }
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
        lockActivity(id, expectedVersion);
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

    /** An activity whose execution may be recorded: the plan signed, the activity still open. */
    private ActivitySummary executable(Subject subject, long id) {
        ActivitySummary activity = readableActivity(subject, id);
        PlanSummary plan = readablePlan(subject, activity.planId());
        policy.mayWrite(subject, activity.label(), plan.committeeId()).orThrow();
        if (!plan.status().signed() || plan.status() == PlanStatus.CLOSED) {
            throw WorkPlanRefusedException.of("activity", "workplans.execution.notSigned");
        }
        if (!activity.status().open()) {
            throw WorkPlanRefusedException.of("activity", "workplans.execution.notOpen");
        }
        return activity;
    }

    private void executed(Subject subject, ActivitySummary activity, String kind, String detail) {
        history(subject, activity.id(), childLabel(subject, activity.label()), kind, subject.nation(), detail);
        audit.record(AuditEvent.success(
                        "workplans.activity." + kind.toLowerCase(java.util.Locale.ROOT),
                        "activity",
                        Long.toString(activity.id()),
                        activity.label())
                .with("code", activity.code()));
    }

    // ---------------------------------------------------------------- suspension and resumption

    /**
     * Puts on hold every not-yet-executed activity of the plans under an agreement, whichever party
     * owns it, keeping each one's status to restore. Runs in the caller's transaction.
     *
     * @return the activities put on hold
     */
    @Transactional
    public List<Long> holdUnder(long agreementId, List<String> parties, LocalDate date, String reason) {
        return cascade(agreementId, parties, date, "ON_HOLD", reason, """
                update workplans.activity a
                   set status_before_hold = a.status, status = 'ON_HOLD', held_since = :date, version = a.version + 1
                  from workplans.plan p
                 where p.id = a.plan_id and p.agreement_id = :agreement and a.status in ('PLANNED', 'POSTPONED')
                returning a.*""");
    }

    /**
     * Restores every activity put on hold under an agreement to its status before the hold; those
     * whose planned period ended meanwhile are marked as needing re-planning.
     *
     * @return the activities restored
     */
    @Transactional
    public List<Long> restoreUnder(long agreementId, List<String> parties, LocalDate date) {
        return cascade(agreementId, parties, date, "RESTORED", null, """
                update workplans.activity a
                   set status = a.status_before_hold, status_before_hold = null, held_since = null,
                       needs_replanning = coalesce(a.planned_end,
                           make_date(p.year, coalesce(a.planned_quarter, 4) * 3, 1)
                               + interval '1 month' - interval '1 day') < :date,
                       version = a.version + 1
                  from workplans.plan p
                 where p.id = a.plan_id and p.agreement_id = :agreement and a.status = 'ON_HOLD'
                returning a.*""");
    }

    /** Runs the update as each party in turn, so that it reaches every activity whoever owns it. */
    private List<Long> cascade(
            long agreementId, List<String> parties, LocalDate date, String kind, String detail, String update) {
        var touched = new ArrayList<Long>();
        for (String nation : new TreeSet<>(parties)) {
            touched.addAll(scope.asNation(nation, () -> {
                var ids = new ArrayList<Long>();
                for (ActivitySummary activity : sql.sql(update)
                        .param("date", date)
                        .param("agreement", agreementId)
                        .query((rs, n) -> activity(rs))
                        .list()) {
                    recordCascade(nation, activity, kind, detail);
                    ids.add(activity.id());
                }
                return ids;
            }));
        }
        return touched;
    }

    private void recordCascade(String nation, ActivitySummary activity, String kind, String detail) {
        Label label = new Label(
                activity.label().classification(), nation, activity.label().audience());
        sql.sql("""
                        insert into workplans.activity_event (activity_id, kind, nation, actor, detail,
                                                              classification, owner_nation, releasable_to)
                        values (:activity, :kind, null, 'system', :detail,
                                :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("activity", activity.id())
                .param("kind", kind)
                .param("detail", detail)
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success(
                        "workplans.activity." + kind.toLowerCase(java.util.Locale.ROOT),
                        "activity",
                        Long.toString(activity.id()),
                        activity.label())
                .with("code", activity.code()));
    }

    /**
     * The activities the reader may see that have days touching the period: actual days once
     * executed, planned days before. For calendars.
     */
    @Transactional(readOnly = true)
    public List<ActivitySummary> datedBetween(Subject reader, LocalDate from, LocalDate to) {
        return sql.sql("""
                        select a.* from workplans.activity a
                         where coalesce(a.actual_start, a.planned_start) <= :to
                           and coalesce(a.actual_end, a.actual_start, a.planned_end, a.planned_start) >= :from
                           and %s
                         order by coalesce(a.actual_start, a.planned_start), a.id""".formatted(AccessPolicy.readableBy("a")))
                .param("from", from)
                .param("to", to)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> activity(rs))
                .list();
    }

    // ---------------------------------------------------------------- review

    /**
     * What a committee's plans held between two days, as the reader may see it: the planned
     * activities falling in the period and, among them, those executed, postponed and cancelled.
     * For the next session's review of the previous plan.
     */
    @Transactional(readOnly = true)
    public Execution executionOf(Subject reader, long committeeId, LocalDate from, LocalDate to) {
        List<ActivitySummary> all = sql.sql("""
                        select a.* from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         where p.committee_id = :committee and %s and %s
                           and coalesce(a.actual_start, a.planned_start,
                                        make_date(p.year, coalesce(a.planned_quarter, 1) * 3 - 2, 1)) between :from and :to
                         order by a.seq""".formatted(AccessPolicy.readableBy("a"), AccessPolicy.readableBy("p")))
                .param("committee", committeeId)
                .param("from", from)
                .param("to", to)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> activity(rs))
                .list();
        return new Execution(
                all,
                all.stream().filter(a -> a.status() == ActivityStatus.EXECUTED).toList(),
                all.stream().filter(a -> a.status() == ActivityStatus.POSTPONED).toList(),
                all.stream().filter(a -> a.status() == ActivityStatus.CANCELLED).toList());
    }

    // ---------------------------------------------------------------- rows

    private static LocalizedText clean(LocalizedText text) {
        var kept = new LinkedHashMap<String, String>();
        if (text != null) {
            text.values().forEach((language, value) -> {
                if (language != null && value != null && !value.isBlank()) {
                    kept.put(language.strip(), value.strip());
                }
            });
        }
        return new LocalizedText(kept);
    }

    private static PlanSummary plan(ResultSet rs) throws SQLException {
        List<PlanSignatory> signatories =
                JSON.readValue(rs.getString("signatories"), new TypeReference<List<PlanSignatory>>() {});
        return new PlanSummary(
                rs.getLong("id"),
                rs.getLong("committee_id"),
                (Long) rs.getObject("agreement_id"),
                rs.getString("committee_code"),
                rs.getInt("year"),
                LocalizedText.fromJson(rs.getString("title")),
                List.of((String[]) rs.getArray("parties").getArray()),
                PlanStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("signed_session"),
                Limits.read(rs.getObject("signed_on", LocalDate.class)),
                signatories,
                rs.getString("baseline_sha256"),
                rs.getBoolean("illustrative"),
                rs.getInt("version"),
                Labels.read(rs),
                rs.getInt("activity_count"),
                rs.getInt("approved_count"));
    }

    static ActivitySummary activity(ResultSet rs) throws SQLException {
        String before = rs.getString("status_before_hold");
        String report = rs.getString("report");
        ActivitySummary.Report aar = null;
        if (report != null) {
            Map<String, String> r = JSON.readValue(report, new TypeReference<Map<String, String>>() {});
            aar = new ActivitySummary.Report(r.get("outcomes"), r.get("lessons"), r.get("followUps"));
        }
        return new ActivitySummary(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("code"),
                LocalizedText.fromJson(rs.getString("title")),
                LocalizedText.fromJson(rs.getString("description")),
                Limits.known(ActivityType.class, rs.getString("type")),
                rs.getString("domain"),
                Arrays.asList((Long[]) rs.getArray("objective_ids").getArray()),
                rs.getString("lead_nation"),
                rs.getString("host_nation"),
                LocalizedText.fromJson(rs.getString("city")),
                (Integer) rs.getObject("planned_quarter", Integer.class),
                Limits.read(rs.getObject("planned_start", LocalDate.class)),
                Limits.read(rs.getObject("planned_end", LocalDate.class)),
                Limits.read(rs.getObject("actual_start", LocalDate.class)),
                Limits.read(rs.getObject("actual_end", LocalDate.class)),
                JSON.readValue(rs.getString("participants"), new TypeReference<Map<String, Integer>>() {}),
                rs.getString("cost_bearer"),
                ActivityStatus.valueOf(rs.getString("status")),
                before == null ? null : ActivityStatus.valueOf(before),
                rs.getBoolean("needs_replanning"),
                rs.getString("reason"),
                List.of((String[]) rs.getArray("approvals").getArray()),
                List.of((String[]) rs.getArray("withdrawn").getArray()),
                rs.getString("proposed_by"),
                (Integer) rs.getObject("amendment_number", Integer.class),
                aar,
                rs.getBoolean("illustrative"),
                rs.getInt("version"),
                Labels.read(rs));
    }

    static boolean knownNation(String code) {
        return code != null && Nations.isKnown(code);
    }
}
