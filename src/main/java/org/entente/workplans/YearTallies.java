package org.entente.workplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's dashboard counted by the database (issue 20): the counts by quarter, domain and lead
 * nation and status, the plans, the distinct labels (for the page's high-water mark), the sizes of
 * "the next 30 days" and "overdue" and the execution rates, over what the reader may read (the same
 * access filter as lists, row-level security behind it), and the first {@link #LISTED} of each list
 * as lines, in one statement. No request's memory grows with the activities of the year.
 *
 * <p>What changes only when an activity is written is summed from the roll-up {@code
 * workplans.activity_tally} (kept by trigger, migration V690: a row per plan and activity label, a
 * few hundred for a year), not counted from the year's activities (scale20g); what depends on today
 * is counted live over the year's open activities only. The rates are summed from the same figures
 * ({@link ExecutionRates#tally()}), not counted again.
 */
@Component
class YearTallies {

    /** How many upcoming and overdue activities the dashboard lists; it says how many more there are. */
    static final int LISTED = 50;

    /** The first day an activity occupies: actual, else planned, else its planned quarter's first day. */
    static final String STARTS =
            "coalesce(a.actual_start, a.planned_start, make_date(p.year, a.planned_quarter * 3 - 2, 1))";

    /**
     * Still to be executed, in a plan being executed, and starting within the next days (parameters
     * {@code :today}, {@code :until}).
     */
    static final String UPCOMING =
            ExecutionSql.BEING_EXECUTED + " and " + ExecutionSql.OPEN + " and " + STARTS + " between :today and :until";

    /** The dashboard's figures; {@code upcoming} and {@code overdue} hold at most {@link #LISTED} rows. */
    record Dashboard(
            int plans,
            PlanOverview overview,
            long upcomingCount,
            long overdueCount,
            List<Label> labels,
            ExecutionRates.Rates rates) {}

    private final JdbcClient sql;
    private final ExecutionRates executionRates;

    YearTallies(JdbcClient sql, ExecutionRates executionRates) {
        this.sql = sql;
        this.executionRates = executionRates;
    }

    @Transactional(readOnly = true)
    public Dashboard ofYear(Subject reader, int year, LocalDate today, int nextDays, boolean rightToLeft) {
        var byQuarter = new TreeMap<String, Map<ActivityStatus, Integer>>();
        for (int q = 1; q <= 4; q++) {
            byQuarter.put(Integer.toString(q), PlanOverview.counts());
        }
        var byDomain = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var byNation = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var labels = new ArrayList<Label>();
        var rates = executionRates.tally();
        long[] totals = new long[4];
        var planExecuted = new java.util.LinkedHashMap<Long, Long>();
        var planParties = new java.util.HashMap<Long, List<String>>();
        var planLate = new java.util.HashMap<Long, Long>();
        var upcoming = new TreeMap<Long, ActivityLine>();
        var overdue = new TreeMap<Long, ActivityLine>();
        // The counts that change only when an activity is written come from the roll-up
        // (workplans.activity_tally, kept by trigger: V690): its rows of the year's readable plans and
        // readable labels, a few hundred, their packed "dimension|key|status" entries summed here.
        // What depends on today (overdue, the next days) is counted live, over the year's activities
        // still to be executed in signed plans only (index activity_open_read, V840): a plan under
        // negotiation has none overdue nor due (million19i: on the million set, whose last year is
        // under negotiation, that was 50,000 rows read for nothing). "Overdue" and the next days
        // concern plans being executed; an execution rate's "due" is the executed plus the open ones
        // past due in signed plans, closed ones included (ExecutionSql.due(): "late" here). The open
        // activities are read once (o), narrow, from the index activity_open_read alone (V840), for
        // their counts and for the first LISTED of each list, as lines (dash20h: they were read three
        // times, the lists in a second statement, whole).
        sql.sql("""
                        with t as (
                            select t.plan_id, p.parties, t.classification, t.owner_nation, t.releasable_to,
                                   t.n, t.executed, t.counts
                              from workplans.activity_tally t join workplans.plan p on p.id = t.plan_id
                             where p.year = :year and t.n > 0 and %1$s and %2$s),
                        o as materialized (
                            select a.id, a.plan_id, a.domain, a.lead_nation, a.seq, p.committee_code,
                                   workplans.tally_quarter(a.planned_quarter, a.planned_start) as quarter,
                                   (%3$s)::int as upcoming, (%4$s)::int as overdue, (%8$s)::int as late
                              from workplans.activity a join workplans.plan p on p.id = a.plan_id
                             where p.year = :year and %9$s and %5$s and %6$s and %2$s)
                        select 'entry' as dimension, e.k as key, null::bigint as plan_id, null::char(3)[] as parties,
                               null::smallint as classification, null::char(3) as owner_nation,
                               null::char(3)[] as releasable_to, sum(e.v::int) as n, 0::bigint as overdue,
                               0::bigint as upcoming, 0::bigint as late, null::jsonb as title,
                               null::date as planned_start, null::date as planned_end, null::bigint as activity_id
                          from t cross join lateral jsonb_each_text(t.counts) e(k, v)
                         group by e.k
                        union all
                        select 'plan', null, t.plan_id, t.parties, null, null, null, sum(t.executed), 0, 0, 0, null, null, null, null
                          from t group by t.plan_id, t.parties
                        union all
                        select distinct 'label', null, null::bigint, null::char(3)[], t.classification, t.owner_nation,
                               t.releasable_to, 0::bigint, 0::bigint, 0::bigint, 0::bigint, null::jsonb, null::date, null::date, null::bigint
                          from t
                        union all
                        select case when grouping(o.quarter) = 0 then 'quarter'
                                    when grouping(o.domain) = 0 then 'domain'
                                    when grouping(o.lead_nation) = 0 then 'lead'
                                    when grouping(o.plan_id) = 0 then 'plan-open'
                                    else 'total' end,
                               coalesce(o.quarter, o.domain, o.lead_nation), o.plan_id, null, null, null, null, 0,
                               sum(o.overdue), sum(o.upcoming), sum(o.late), null, null, null, null
                          from o
                         group by grouping sets ((o.quarter), (o.domain), (o.lead_nation), (o.plan_id), ())
                        union all
                        select l.list, a.code, l.plan_id, null, null, null, null,
                               row_number() over (partition by l.list order by l.committee_code, l.seq, l.id), 0, 0, 0,
                               a.title, a.planned_start, a.planned_end, l.id
                          from ((select 'upcoming-line' as list, o.id, o.plan_id, o.committee_code, o.seq from o
                                  where o.upcoming = 1 order by o.committee_code, o.seq, o.id limit %7$d)
                                union all
                                (select 'overdue-line', o.id, o.plan_id, o.committee_code, o.seq from o
                                  where o.overdue = 1 order by o.committee_code, o.seq, o.id limit %7$d)) l
                          join workplans.activity a on a.id = l.id""".formatted(
                                AccessPolicy.readableBy("t"),
                                AccessPolicy.readableBy("p"),
                                UPCOMING,
                                ExecutionSql.overdue(),
                                ExecutionSql.OPEN,
                                AccessPolicy.readableBy("a"),
                                LISTED,
                                ExecutionSql.late(),
                                ExecutionSql.SIGNED))
                .params(AccessPolicy.readerParams(reader))
                .param("year", year)
                .param("today", today)
                .param("until", today.plusDays(nextDays))
                .query(rs -> {
                    String dimension = rs.getString("dimension");
                    switch (dimension) {
                        case "entry" -> {
                            String[] entry = rs.getString("key").split("\\|", -1);
                            var status = ActivityStatus.valueOf(entry[2]);
                            int n = rs.getInt("n");
                            var counted = switch (entry[0]) {
                                case "quarter" -> byQuarter.get(entry[1]);
                                case "domain" -> byDomain.computeIfAbsent(entry[1], k -> PlanOverview.counts());
                                default -> byNation.computeIfAbsent(entry[1], k -> PlanOverview.counts());
                            };
                            if (counted != null) {
                                counted.merge(status, n, Integer::sum);
                            }
                            long executed = status == ActivityStatus.EXECUTED ? n : 0;
                            rates.count(entry[0], entry[1], executed, executed);
                        }
                        case "plan" -> {
                            long plan = rs.getLong("plan_id");
                            planExecuted.put(plan, rs.getLong("n"));
                            planParties.put(plan, List.of((String[])
                                    rs.getArray("parties").getArray()));
                        }
                        case "label" -> labels.add(Labels.read(rs));
                        case "plan-open" -> planLate.put(rs.getLong("plan_id"), rs.getLong("late"));
                        case "total" -> {
                            totals[1] = rs.getLong("upcoming");
                            totals[2] = rs.getLong("overdue");
                            totals[3] = rs.getLong("late");
                        }
                        case "upcoming-line", "overdue-line" ->
                            (dimension.equals("upcoming-line") ? upcoming : overdue)
                                    .put(
                                            rs.getLong("n"),
                                            new ActivityLine(
                                                    rs.getLong("activity_id"),
                                                    rs.getLong("plan_id"),
                                                    rs.getString("key"),
                                                    LocalizedText.fromJson(rs.getString("title")),
                                                    Limits.read(rs.getObject("planned_start", LocalDate.class)),
                                                    Limits.read(rs.getObject("planned_end", LocalDate.class))));
                        default -> rates.count(dimension, rs.getString("key"), 0, rs.getLong("late"));
                    }
                });
        long executedInAll = 0;
        for (var plan : planExecuted.entrySet()) {
            long executed = plan.getValue();
            long due = executed + planLate.getOrDefault(plan.getKey(), 0L);
            rates.plan(planParties.get(plan.getKey()), executed, due);
            executedInAll += executed;
        }
        totals[0] = planExecuted.size();
        rates.total(executedInAll, executedInAll + totals[3]);
        return new Dashboard(
                (int) totals[0],
                PlanOverview.counted(
                        null,
                        byQuarter,
                        byDomain,
                        byNation,
                        List.copyOf(upcoming.values()),
                        List.copyOf(overdue.values()),
                        rightToLeft),
                totals[1],
                totals[2],
                labels,
                rates.rates());
    }
}
