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
        // The page, then the total only when the page does not tell it (million19i). The one pass of
        // million19g (the page carrying its total as count(*) over ()) made PostgreSQL keep every
        // matching row whole for the window before keeping the page's 100: on the million set the
        // overdue filter matches 4,655 rows for planner.mar, and that pass took 317 ms where the page
        // alone (top-N sort) took 26 ms and the count 11 ms (EXPLAIN ANALYZE, load 31). A page shorter
        // than asked, with a row in it, is the last one: its total is known without counting.
        List<ActivitySummary> items = sql.sql("select a.*" + from + where
                        + " order by p.year desc, a.plan_id, a.seq limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> PlanRows.activity(rs))
                .list();
        long total = !items.isEmpty() && items.size() < size
                ? (long) page * size + items.size()
                : page == 0 && items.isEmpty()
                        ? 0
                        : sql.sql("select count(*)" + from + where)
                                .params(params)
                                .query(Long.class)
                                .single();
        return new WorkPlans.Page<>(items, page, size, total);
    }
}
