package org.entente.workplans;

import static org.entente.workplans.PlanRows.PLAN_SELECT;
import static org.entente.workplans.PlanRows.indicator;
import static org.entente.workplans.PlanRows.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.access.AccessPolicy;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.workplans.WorkPlans.Execution;
import org.entente.workplans.WorkPlans.Filter;
import org.entente.workplans.WorkPlans.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read models of work plans: plans, objectives, activities, their history and amendments, each
 * filtered by the access policy's rule (and by row-level security behind it), counts holding only
 * what the reader may see.
 */
@Component
class PlanReads {

    private final JdbcClient sql;

    PlanReads(JdbcClient sql) {
        this.sql = sql;
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

    PlanSummary readablePlan(Subject subject, long id) {
        return find(subject, id).orElseThrow(() -> new NotReadable("workplan", id));
    }

    record ObjectiveRow(long id, long planId) {}

    ObjectiveRow objective(Subject subject, long id) {
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

    /** One activity, if it exists and the reader may see it. */
    @Transactional(readOnly = true)
    public Optional<ActivitySummary> activity(Subject reader, long id) {
        return sql.sql("select a.* from workplans.activity a where a.id = :id and " + AccessPolicy.readableBy("a"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> PlanRows.activity(rs))
                .optional();
    }

    ActivitySummary readableActivity(Subject subject, long id) {
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
        var params = new LinkedHashMap<String, Object>();
        String where = filtered(reader, planId, filter, params);
        return sql.sql("select a.* from workplans.activity a" + where + " order by " + sortOrder(sort))
                .params(params)
                .query((rs, n) -> PlanRows.activity(rs))
                .list();
    }

    /** The {@code where} clause of a plan's activities the reader may see, as filtered; fills in its parameters. */
    static String filtered(Subject reader, long planId, Filter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where a.plan_id = :plan and " + AccessPolicy.readableBy("a"));
        params.putAll(AccessPolicy.readerParams(reader));
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
        return where.toString();
    }

    /** The plan table's order by a sort's name; by code when it names none. */
    static String sortOrder(String sort) {
        return SORTS.getOrDefault(sort == null ? "code" : sort, SORTS.get("code"));
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
                        rs.getString("detail"),
                        org.entente.shared.OptionalTexts.read(rs.getString("reason"))))
                .list();
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
     *
     * /** A plan's amendments the reader may see, by number. */
    @Transactional(readOnly = true)
    public List<AmendmentSummary> amendmentsOf(Subject reader, long planId) {
        return sql.sql(AMENDMENT_SELECT
                        + " where m.plan_id = :plan and %s order by m.number".formatted(AccessPolicy.readableBy("m")))
                .param("plan", planId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> PlanRows.amendment(rs))
                .list();
    }

    /** One amendment of a plan, by its number, if the reader may see it. */
    @Transactional(readOnly = true)
    public Optional<AmendmentSummary> amendment(Subject reader, long planId, int number) {
        return sql.sql(AMENDMENT_SELECT
                        + " where m.plan_id = :plan and m.number = :number and %s"
                                .formatted(AccessPolicy.readableBy("m")))
                .param("plan", planId)
                .param("number", number)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> PlanRows.amendment(rs))
                .optional();
    }

    AmendmentSummary readableAmendment(Subject reader, long planId, int number) {
        return amendment(reader, planId, number).orElseThrow(() -> new NotReadable("amendment", number));
    }

    /** How many amendments of the plan the reader may see wait for a decision by another party than theirs. */
    @Transactional(readOnly = true)
    public int amendmentsAwaiting(Subject reader, long planId) {
        return sql.sql("""
                        select count(*) from workplans.amendment m
                         where m.plan_id = :plan and m.status = 'PROPOSED' and m.proposed_by <> :nation and %s""".formatted(AccessPolicy.readableBy("m")))
                .param("plan", planId)
                .param("nation", reader.nation())
                .params(AccessPolicy.readerParams(reader))
                .query(Integer.class)
                .single();
    }

    private static final String AMENDMENT_SELECT = """
            select m.*, a.code as activity_code
              from workplans.amendment m left join workplans.activity a on a.id = m.activity_id""";

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
                .query((rs, n) -> PlanRows.activity(rs))
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
                .query((rs, n) -> PlanRows.activity(rs))
                .list();
        return new Execution(
                all,
                all.stream().filter(a -> a.status() == ActivityStatus.EXECUTED).toList(),
                all.stream().filter(a -> a.status() == ActivityStatus.POSTPONED).toList(),
                all.stream().filter(a -> a.status() == ActivityStatus.CANCELLED).toList());
    }

    /**
     * The counts behind a plan's computed indicators (issue 20: one aggregate, not the plan's
     * activities in memory), over the activities the reader may see. Rows of kind {@code due}: per
     * planned quarter, the activities due ({@link ExecutionSql#due()}) and those executed. Rows of
     * kind {@code trained}: per objective served and quarter ended (actual end, else due day) within
     * the plan's year, the participants of executed training courses from nations other than the
     * lead. Parameter {@code :today}.
     */
    @Transactional(readOnly = true)
    public IndicatorComputation.Tallies indicatorTallies(Subject reader, long planId, LocalDate today) {
        var tallies = IndicatorComputation.Tallies.empty();
        String readable = "a.plan_id = :plan and " + AccessPolicy.readableBy("a");
        sql.sql("""
                        select 'due' as kind, null::bigint as objective_id, q.quarter,
                               count(*) as due, count(*) filter (where a.status = 'EXECUTED') as executed, 0 as trainees
                          from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         cross join lateral (select coalesce(a.planned_quarter::int,
                                                             extract(quarter from a.planned_start)::int) as quarter) q
                         where %1$s and q.quarter is not null and %2$s
                         group by q.quarter
                        union all
                        select 'trained', o.objective_id, extract(quarter from e.ended)::int, 0, 0, sum(t.trainees)
                          from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         cross join lateral (select distinct unnest(a.objective_ids) as objective_id) o
                         cross join lateral (select coalesce(a.actual_end, %3$s) as ended) e
                         cross join lateral (select coalesce(sum(v.value::int), 0) as trainees
                                               from jsonb_each_text(a.participants) v
                                              where v.key <> a.lead_nation::text) t
                         where %1$s and a.status = 'EXECUTED' and a.type = 'TRAINING_COURSE'
                           and extract(year from e.ended) = p.year
                         group by o.objective_id, extract(quarter from e.ended)""".formatted(readable, ExecutionSql.due(), ExecutionSql.DUE_ON))
                .param("plan", planId)
                .param("today", today)
                .params(AccessPolicy.readerParams(reader))
                .query(rs -> {
                    int quarter = rs.getInt("quarter");
                    if ("due".equals(rs.getString("kind"))) {
                        tallies.countDue(quarter, rs.getInt("due"), rs.getInt("executed"));
                    } else {
                        tallies.countTrained(rs.getLong("objective_id"), quarter, rs.getInt("trainees"));
                    }
                });
        return tallies;
    }
}
