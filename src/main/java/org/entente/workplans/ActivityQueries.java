package org.entente.workplans;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.entente.access.AccessPolicy;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities across plans, for {@code GET /api/v1/activities}: filtered by plan, committee, status,
 * year and overdue, one page at a time with the total, both counted in SQL over what the reader may
 * read (the activity and its plan).
 */
@Component
class ActivityQueries {

    /** The filters; null means any. */
    record Query(Long plan, Long committee, ActivityStatus status, Integer year, Boolean overdue) {}

    /** A row of the page with the number of rows matching, as the statement reads it. */
    private record Counted(ActivitySummary activity, long total) {}

    private final JdbcClient sql;

    ActivityQueries(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    WorkPlans.Page<ActivitySummary> page(Subject reader, Query query, LocalDate today, int page, int size) {
        var where =
                new StringBuilder(" where " + AccessPolicy.readableBy("a") + " and " + AccessPolicy.readableBy("p"));
        var params = new LinkedHashMap<String, Object>(AccessPolicy.readerParams(reader));
        if (query.plan() != null) {
            where.append(" and a.plan_id = :plan");
            params.put("plan", query.plan());
        }
        if (query.committee() != null) {
            where.append(" and p.committee_id = :committee");
            params.put("committee", query.committee());
        }
        if (query.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.year() != null) {
            where.append(" and p.year = :year");
            params.put("year", query.year());
        }
        if (query.overdue() != null) {
            // Overdue counts in plans being executed (ExecutionSql.BEING_EXECUTED): a plan under
            // negotiation is not late yet, a closed plan's leftovers were decided at its end.
            String overdue = "(" + ExecutionSql.overdue() + ")";
            where.append(query.overdue() ? " and " + overdue : " and not " + overdue);
            params.put("today", today);
        }
        String from = " from workplans.activity a join workplans.plan p on p.id = a.plan_id";
        // One read: the page's keys and how many match, counted in the pass that sorts them (the
        // sort reads every matching row anyway, no index giving the plans' year order), then the
        // page's whole rows by id. Only the keys go through the count and the sort: million19g's
        // window over whole rows kept every match's 600 bytes (317 ms on the million set, where the
        // page and a second count took 26 + 11 ms); million19i's page plus count read the matches
        // twice (3,174 + 1,124 pages; this statement 1,530, EXPLAIN ANALYZE, million32).
        List<Counted> rows = sql.sql("select a.*, k.total from (select a.id, p.year, a.plan_id, a.seq,"
                        + " count(*) over () as total" + from + where
                        + " order by p.year desc, a.plan_id, a.seq limit :limit offset :offset) k"
                        + " join workplans.activity a on a.id = k.id order by k.year desc, k.plan_id, k.seq")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new Counted(PlanRows.activity(rs), rs.getLong("total")))
                .list();
        // No row carries the total when none matches, or the page is past the last one (a count then).
        long total = !rows.isEmpty()
                ? rows.get(0).total()
                : page == 0
                        ? 0
                        : sql.sql("select count(*)" + from + where)
                                .params(params)
                                .query(Long.class)
                                .single();
        List<ActivitySummary> items = rows.stream().map(Counted::activity).toList();
        return new WorkPlans.Page<>(items, page, size, total);
    }
}
