package org.entente.workplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's dashboard counted by the database (issue 20): the counts by quarter, domain and lead
 * nation and status, the plans, the distinct labels (for the page's high-water mark), the sizes of
 * "the next 30 days" and "overdue" and the execution rates in one {@code GROUP BY GROUPING SETS}
 * over what the reader may read (the same access filter as lists, row-level security behind it);
 * then only the first {@link #LISTED} of each list as rows, in one statement. No request's memory
 * grows with the activities of the year.
 *
 * <p>The rates are summed from the same aggregate ({@link ExecutionRates#tally()}), not counted
 * again: the year's activities were scanned and aggregated twice per page, once for the counts and
 * once for the rates, and the two aggregates were two thirds of the page's SQL (scale20d).
 */
@Component
class YearTallies {

    /** How many upcoming and overdue activities the dashboard lists; it says how many more there are. */
    static final int LISTED = 50;

    /** The first day an activity occupies: actual, else planned, else its planned quarter's first day. */
    static final String STARTS =
            "coalesce(a.actual_start, a.planned_start, make_date(p.year, a.planned_quarter * 3 - 2, 1))";

    /** Still to be executed and starting within the next days (parameters {@code :today}, {@code :until}). */
    static final String UPCOMING = ExecutionSql.OPEN + " and " + STARTS + " between :today and :until";

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
        String readable = " where p.year = :year and %s and %s"
                .formatted(AccessPolicy.readableBy("a"), AccessPolicy.readableBy("p"));
        var byQuarter = new TreeMap<String, Map<ActivityStatus, Integer>>();
        for (int q = 1; q <= 4; q++) {
            byQuarter.put(Integer.toString(q), PlanOverview.counts());
        }
        var byDomain = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var byNation = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var labels = new ArrayList<Label>();
        var rates = executionRates.tally();
        long[] totals = new long[3];
        // One hash aggregate (no count(distinct), which forces a sort per grouping set): the plans are
        // counted as the rows of their own grouping set, and the three flags are computed once per row.
        // An execution rate's "due" is the executed plus the overdue (ExecutionSql.due()).
        sql.sql("""
                        select case when grouping(f.quarter) = 0 then 'quarter'
                                    when grouping(a.domain) = 0 then 'domain'
                                    when grouping(a.lead_nation) = 0 then 'lead'
                                    when grouping(a.owner_nation) = 0 then 'label'
                                    when grouping(a.plan_id) = 0 then 'plan'
                                    else 'total' end as dimension,
                               coalesce(f.quarter::text, a.domain, a.lead_nation) as key, a.status, p.parties,
                               a.classification, a.owner_nation, a.releasable_to,
                               count(*) as n, sum(f.upcoming) as upcoming, sum(f.overdue) as overdue,
                               sum(f.executed) as executed
                          from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         cross join lateral (select coalesce(a.planned_quarter::int,
                                                             extract(quarter from a.planned_start)::int) as quarter,
                                                    (%s)::int as upcoming, (%s)::int as overdue,
                                                    (a.status = 'EXECUTED')::int as executed) f
                        %s
                         group by grouping sets ((f.quarter, a.status), (a.domain, a.status), (a.lead_nation, a.status),
                                                 (a.classification, a.owner_nation, a.releasable_to), (a.plan_id, p.parties), ())""".formatted(UPCOMING, ExecutionSql.overdue(), readable))
                .params(AccessPolicy.readerParams(reader))
                .param("year", year)
                .param("today", today)
                .param("until", today.plusDays(nextDays))
                .query(rs -> {
                    String dimension = rs.getString("dimension");
                    String key = rs.getString("key");
                    String status = rs.getString("status");
                    int n = rs.getInt("n");
                    long executed = rs.getLong("executed");
                    long due = executed + rs.getLong("overdue");
                    switch (dimension) {
                        case "quarter" -> {
                            if (byQuarter.containsKey(key)) {
                                byQuarter.get(key).merge(ActivityStatus.valueOf(status), n, Integer::sum);
                            }
                            rates.count(dimension, key, executed, due);
                        }
                        case "domain" -> {
                            byDomain.computeIfAbsent(key, k -> PlanOverview.counts())
                                    .merge(ActivityStatus.valueOf(status), n, Integer::sum);
                            rates.count(dimension, key, executed, due);
                        }
                        case "lead" -> {
                            byNation.computeIfAbsent(key, k -> PlanOverview.counts())
                                    .merge(ActivityStatus.valueOf(status), n, Integer::sum);
                            rates.count(dimension, key, executed, due);
                        }
                        case "label" -> labels.add(Labels.read(rs));
                        case "plan" -> {
                            totals[0]++;
                            rates.plan(List.of((String[]) rs.getArray("parties").getArray()), executed, due);
                        }
                        default -> {
                            totals[1] = rs.getLong("upcoming");
                            totals[2] = rs.getLong("overdue");
                            rates.total(executed, due);
                        }
                    }
                });
        var upcoming = new ArrayList<ActivitySummary>();
        var overdue = new ArrayList<ActivitySummary>();
        // Both lists in one statement, each its first LISTED rows: only activities still to be
        // executed are either, so both read the open activities of the year's plans.
        String first = "select %s as upcoming, a.* from workplans.activity a join workplans.plan p on p.id = a.plan_id"
                + readable + " and %s order by p.committee_code, a.seq limit " + LISTED;
        sql.sql("(" + first.formatted("true", UPCOMING) + ") union all ("
                        + first.formatted("false", ExecutionSql.overdue()) + ")")
                .params(AccessPolicy.readerParams(reader))
                .param("year", year)
                .param("today", today)
                .param("until", today.plusDays(nextDays))
                .query(rs -> {
                    (rs.getBoolean("upcoming") ? upcoming : overdue).add(PlanRows.activity(rs));
                });
        return new Dashboard(
                (int) totals[0],
                PlanOverview.counted(null, byQuarter, byDomain, byNation, upcoming, overdue, rightToLeft),
                totals[1],
                totals[2],
                labels,
                rates.rates());
    }
}
