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
 * nation and status, the plans, the distinct labels (for the page's high-water mark) and the sizes
 * of "the next 30 days" and "overdue" in one {@code GROUP BY GROUPING SETS} over what the reader may
 * read (the same access filter as lists, row-level security behind it); then only the first {@link
 * #LISTED} of each list as rows. No request's memory grows with the activities of the year.
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
    record Dashboard(int plans, PlanOverview overview, long upcomingCount, long overdueCount, List<Label> labels) {}

    private final JdbcClient sql;

    YearTallies(JdbcClient sql) {
        this.sql = sql;
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
        long[] totals = new long[3];
        // One hash aggregate (no count(distinct), which forces a sort per grouping set): the plans are
        // counted as the rows of their own grouping set, and the two flags are computed once per row.
        sql.sql("""
                        select case when grouping(f.quarter) = 0 then 'quarter'
                                    when grouping(a.domain) = 0 then 'domain'
                                    when grouping(a.lead_nation) = 0 then 'lead'
                                    when grouping(a.owner_nation) = 0 then 'label'
                                    when grouping(a.plan_id) = 0 then 'plan'
                                    else 'total' end as dimension,
                               coalesce(f.quarter::text, a.domain, a.lead_nation) as key, a.status,
                               a.classification, a.owner_nation, a.releasable_to,
                               count(*) as n, sum(f.upcoming) as upcoming, sum(f.overdue) as overdue
                          from workplans.activity a join workplans.plan p on p.id = a.plan_id
                         cross join lateral (select coalesce(a.planned_quarter::int,
                                                             extract(quarter from a.planned_start)::int) as quarter,
                                                    (%s)::int as upcoming, (%s)::int as overdue) f
                        %s
                         group by grouping sets ((f.quarter, a.status), (a.domain, a.status), (a.lead_nation, a.status),
                                                 (a.classification, a.owner_nation, a.releasable_to), (a.plan_id), ())""".formatted(UPCOMING, ExecutionSql.overdue(), readable))
                .params(AccessPolicy.readerParams(reader))
                .param("year", year)
                .param("today", today)
                .param("until", today.plusDays(nextDays))
                .query(rs -> {
                    String key = rs.getString("key");
                    String status = rs.getString("status");
                    int n = rs.getInt("n");
                    switch (rs.getString("dimension")) {
                        case "quarter" -> {
                            if (byQuarter.containsKey(key)) {
                                byQuarter.get(key).merge(ActivityStatus.valueOf(status), n, Integer::sum);
                            }
                        }
                        case "domain" ->
                            byDomain.computeIfAbsent(key, k -> PlanOverview.counts())
                                    .merge(ActivityStatus.valueOf(status), n, Integer::sum);
                        case "lead" ->
                            byNation.computeIfAbsent(key, k -> PlanOverview.counts())
                                    .merge(ActivityStatus.valueOf(status), n, Integer::sum);
                        case "label" -> labels.add(Labels.read(rs));
                        case "plan" -> totals[0]++;
                        default -> {
                            totals[1] = rs.getLong("upcoming");
                            totals[2] = rs.getLong("overdue");
                        }
                    }
                });
        List<ActivitySummary> upcoming = first(reader, readable + " and " + UPCOMING, year, today, nextDays);
        List<ActivitySummary> overdue =
                first(reader, readable + " and " + ExecutionSql.overdue(), year, today, nextDays);
        return new Dashboard(
                (int) totals[0],
                PlanOverview.counted(null, byQuarter, byDomain, byNation, upcoming, overdue, rightToLeft),
                totals[1],
                totals[2],
                labels);
    }

    /** The first activities of a list, in the order of the plans' committees and the activities' codes. */
    private List<ActivitySummary> first(Subject reader, String where, int year, LocalDate today, int nextDays) {
        return sql.sql("select a.* from workplans.activity a join workplans.plan p on p.id = a.plan_id" + where
                        + " order by p.committee_code, a.seq limit " + LISTED)
                .params(AccessPolicy.readerParams(reader))
                .param("year", year)
                .param("today", today)
                .param("until", today.plusDays(nextDays))
                .query((rs, n) -> PlanRows.activity(rs))
                .list();
    }
}
