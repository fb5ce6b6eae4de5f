package org.entente.workplans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan page's own reads (issue 20, the 500-activity plan): its counters over every activity the
 * reader may see, and the rows its table shows. The table is collapsed by group to its first {@link
 * PlanTableRows#ROWS} activities a group ({@link PlanTableRows}), so the database returns only those, with each group's size counted over the same read by a window
 * ({@code count(*) over}); the group shown in full returns all its rows. A 500-activity plan read
 * every activity (each row's texts parsed, a summary built) to show about a quarter of them.
 */
@Component
class PlanPageReads {

    /** The group of a row as {@code WorkPlanController} keys it, in SQL, by the table's grouping. */
    static final Map<String, String> GROUP_KEYS = Map.of(
            "quarter", "coalesce(a.planned_quarter::int, extract(quarter from a.planned_start)::int, 5)::text",
            "domain", "a.domain",
            "nation", "a.lead_nation::text",
            "status",
                    Stream.of(ActivityStatus.values())
                            .map(s -> "when '%s' then '%s'".formatted(s.name(), PendingRows.statusKey(s)))
                            .collect(Collectors.joining(" ", "case a.status ", " end")));

    /**
     * The shown activities by group (groups in key order, rows in the table's sort) and the size of
     * every group; {@code total} is the activities the filter leaves, shown or not.
     */
    record Shown(Map<String, List<ActivitySummary>> groups, Map<String, Integer> sizes, int total) {}

    private final JdbcClient sql;

    PlanPageReads(JdbcClient sql) {
        this.sql = sql;
    }

    /**
     * @param group the table's grouping ({@link #GROUP_KEYS}; quarter when unknown)
     * @param expanded the group shown in full, or null
     */
    @Transactional(readOnly = true)
    public Shown shown(
            Subject reader, long planId, WorkPlans.Filter filter, String sort, String group, String expanded) {
        var params = new LinkedHashMap<String, Object>();
        String where = PlanReads.filtered(reader, planId, filter, params);
        String key = GROUP_KEYS.getOrDefault(group, GROUP_KEYS.get("quarter"));
        var groups = new TreeMap<String, List<ActivitySummary>>();
        var sizes = new TreeMap<String, Integer>();
        sql.sql("""
                        select * from (
                            select a.*, g.key as group_key,
                                   row_number() over (partition by g.key order by %3$s) as place,
                                   count(*) over (partition by g.key) as group_size
                              from workplans.activity a cross join lateral (select %1$s as key) g
                            %2$s) t
                         where t.place <= :rows or t.group_key = :expanded
                         order by t.group_key, t.place""".formatted(key, where, PlanReads.sortOrder(sort)))
                .params(params)
                .param("rows", PlanTableRows.ROWS)
                .param("expanded", expanded, java.sql.Types.VARCHAR)
                .query(rs -> {
                    String groupKey = rs.getString("group_key");
                    sizes.put(groupKey, rs.getInt("group_size"));
                    groups.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(PlanRows.activity(rs));
                });
        return new Shown(
                groups,
                sizes,
                sizes.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * What the plan page counts over every activity of a plan the reader may see, whatever filter
     * the table shows: those on hold, those the nation has not approved, the distinct labels (for
     * the page's high-water mark), and the few activities to replan as rows.
     */
    record PlanCounters(long onHold, long unapproved, List<ActivitySummary> replanning, List<Label> labels) {}

    /** The plan page's counters: one aggregate by label over the plan's readable activities, then the ones to replan. */
    @Transactional(readOnly = true)
    public PlanCounters countersOf(Subject reader, long planId) {
        var labels = new ArrayList<Label>();
        long[] counts = new long[2];
        sql.sql("""
                        select a.classification, a.owner_nation, a.releasable_to,
                               count(*) filter (where a.status = 'ON_HOLD') as on_hold,
                               count(*) filter (where not (cast(:nation as char(3)) = any(a.approvals))) as unapproved
                          from workplans.activity a
                         where a.plan_id = :plan and %s
                         group by a.classification, a.owner_nation, a.releasable_to""".formatted(AccessPolicy.readableBy("a")))
                .param("plan", planId)
                .param("nation", reader.nation())
                .params(AccessPolicy.readerParams(reader))
                .query(rs -> {
                    labels.add(Labels.read(rs));
                    counts[0] += rs.getLong("on_hold");
                    counts[1] += rs.getLong("unapproved");
                });
        List<ActivitySummary> replanning = sql.sql(
                        "select a.* from workplans.activity a where a.plan_id = :plan and a.needs_replanning and %s order by a.seq"
                                .formatted(AccessPolicy.readableBy("a")))
                .param("plan", planId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> PlanRows.activity(rs))
                .list();
        return new PlanCounters(counts[0], counts[1], replanning, labels);
    }
}
