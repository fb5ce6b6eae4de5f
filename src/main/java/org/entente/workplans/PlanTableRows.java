package org.entente.workplans;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan table collapsed by group (issue 20): a group shows its first {@link #ROWS} activities,
 * and says how many more there are with a link that shows them all (htmx swaps the table; without
 * JavaScript the same link is a page). So a 500-activity plan's first page is about a fifth of its
 * full table, and the server builds only that. The link keeps the table's filter, grouping and sort.
 *
 * @param groups the rows of each group, all of them or only those shown
 * @param sizes each group's activities, shown or not ({@link PlanPageReads} reads only the shown rows);
 *     a group not in it has the size of its rows
 * @param expanded the group shown in full, or null
 */
public record PlanTableRows(
        long planId,
        Map<String, List<ActivitySummary>> groups,
        WorkPlans.Filter filter,
        String group,
        String sort,
        Map<String, Integer> sizes,
        String expanded) {

    /** A table of whole groups. */
    public PlanTableRows(
            long planId,
            Map<String, List<ActivitySummary>> groups,
            WorkPlans.Filter filter,
            String group,
            String sort,
            String expanded) {
        this(planId, groups, filter, group, sort, Map.of(), expanded);
    }

    /** The activities a collapsed group shows. */
    public static final int ROWS = 25;

    /** The same table with one group shown in full. */
    public PlanTableRows expanding(String key) {
        return new PlanTableRows(planId, groups, filter, group, sort, sizes, key);
    }

    /** The activities of a group the table shows. */
    public List<ActivitySummary> shown(String key) {
        List<ActivitySummary> rows = groups.getOrDefault(key, List.of());
        return key.equals(expanded) || rows.size() <= ROWS ? rows : rows.subList(0, ROWS);
    }

    /** How many activities of a group the table does not show. */
    public int hidden(String key) {
        return sizes.getOrDefault(key, groups.getOrDefault(key, List.of()).size())
                - shown(key).size();
    }

    /** The address of this table with a group shown in full. */
    public String expandLink(String key) {
        var query = new LinkedHashMap<String, Object>();
        query.put("quarter", filter.quarter());
        query.put("domain", filter.domain());
        query.put("nation", filter.nation());
        query.put("status", filter.status() == null ? null : filter.status().name());
        query.put("awaiting", filter.awaiting());
        query.put("group", group);
        query.put("sort", sort);
        query.put("all", key);
        var link = new StringBuilder("/workplans/").append(planId);
        char separator = '?';
        for (Map.Entry<String, Object> parameter : query.entrySet()) {
            if (parameter.getValue() != null) {
                link.append(separator)
                        .append(parameter.getKey())
                        .append('=')
                        .append(URLEncoder.encode(parameter.getValue().toString(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }
}
