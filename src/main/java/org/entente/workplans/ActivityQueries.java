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
            // Overdue counts in plans being executed: a closed plan's leftovers were decided at its end.
            String overdue = "(p.status in ('SIGNED', 'IN_EXECUTION') and " + ExecutionSql.overdue() + ")";
            where.append(query.overdue() ? " and " + overdue : " and not " + overdue);
            params.put("today", today);
        }
        String from = " from workplans.activity a join workplans.plan p on p.id = a.plan_id";
        // One pass: the page and the total from the same rows (a window count), not a count and then
        // the page, each reading every matching activity under the access filter: on the
        // million-activity set the overdue filter matches thousands of rows in the plans being
        // executed, and the second pass doubled the page's cost (issue 19). Only a page past the
        // end, which has no row to carry the total, counts again.
        var total = new long[] {-1};
        List<ActivitySummary> items = sql.sql("select a.*, count(*) over () as matching" + from + where
                        + " order by p.year desc, a.plan_id, a.seq limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("matching");
                    return PlanRows.activity(rs);
                })
                .list();
        if (total[0] < 0) {
            total[0] = page == 0
                    ? 0
                    : sql.sql("select count(*)" + from + where)
                            .params(params)
                            .query(Long.class)
                            .single();
        }
        return new WorkPlans.Page<>(items, page, size, total[0]);
    }
}
