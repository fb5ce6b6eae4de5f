package org.entente.workplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a plan's overview shows, computed only over the activities the reader may see: a Gantt-style
 * row per activity (months of the plan's year), counts per status by quarter, domain and lead
 * nation, the next 30 days and what is overdue.
 */
public record PlanOverview(
        List<GanttRow> gantt,
        Map<String, Map<ActivityStatus, Integer>> byQuarter,
        Map<String, Map<ActivityStatus, Integer>> byDomain,
        Map<String, Map<ActivityStatus, Integer>> byNation,
        List<Bar> chart,
        int chartMax,
        List<ActivitySummary> upcoming,
        List<ActivitySummary> overdue) {

    /** One activity on the timeline: grid columns from and to (2–13: the months, 1 is the name). */
    public record GanttRow(ActivitySummary activity, int from, int to) {}

    /** One bar of the chart: its group (a quarter), its status, its count and position. */
    public record Bar(String group, ActivityStatus status, int count, int x, int height) {}

    static final List<ActivityStatus> CHARTED = List.of(
            ActivityStatus.PLANNED, ActivityStatus.EXECUTED, ActivityStatus.POSTPONED, ActivityStatus.CANCELLED);

    /** Bars of the chart: 4 groups of 4, 20 px wide; right to left for right-to-left readers. */
    static PlanOverview of(int year, List<ActivitySummary> activities, LocalDate today, boolean rightToLeft) {
        var gantt = new ArrayList<GanttRow>();
        var byQuarter = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var byDomain = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var byNation = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var upcoming = new ArrayList<ActivitySummary>();
        var overdue = new ArrayList<ActivitySummary>();
        for (int q = 1; q <= 4; q++) {
            byQuarter.put(Integer.toString(q), counts());
        }
        for (ActivitySummary a : activities) {
            LocalDate start = a.actualStart() != null ? a.actualStart() : a.plannedStart();
            LocalDate end = a.actualEnd() != null ? a.actualEnd() : a.plannedEnd();
            Integer quarter = a.quarter();
            if (start == null && quarter != null) {
                start = LocalDate.of(year, quarter * 3 - 2, 1);
                end = start.plusMonths(3).minusDays(1);
            }
            if (start != null) {
                int from = start.getYear() < year ? 1 : start.getYear() > year ? 13 : start.getMonthValue();
                int to = end.getYear() > year ? 12 : end.getYear() < year ? 0 : end.getMonthValue();
                if (from <= 12 && to >= 1) {
                    gantt.add(new GanttRow(a, from + 1, Math.max(from, to) + 2));
                }
            }
            if (quarter != null && quarter >= 1 && quarter <= 4) {
                byQuarter.get(quarter.toString()).merge(a.status(), 1, Integer::sum);
            }
            byDomain.computeIfAbsent(a.domain(), k -> counts()).merge(a.status(), 1, Integer::sum);
            byNation.computeIfAbsent(a.leadNation(), k -> counts()).merge(a.status(), 1, Integer::sum);
            boolean open = a.status().open();
            if (open && start != null && !start.isBefore(today) && !start.isAfter(today.plusDays(30))) {
                upcoming.add(a);
            }
            if (open && end != null && end.isBefore(today)) {
                overdue.add(a);
            }
        }
        int max = 1;
        for (var counts : byQuarter.values()) {
            for (ActivityStatus status : CHARTED) {
                max = Math.max(max, counts.get(status));
            }
        }
        var bars = new ArrayList<Bar>();
        for (int q = 1; q <= 4; q++) {
            for (int s = 0; s < CHARTED.size(); s++) {
                int slot = (q - 1) * 5 + s;
                int x = 10 + (rightToLeft ? (19 - 1 - slot) : slot) * 22;
                int count = byQuarter.get(Integer.toString(q)).get(CHARTED.get(s));
                bars.add(new Bar(Integer.toString(q), CHARTED.get(s), count, x, count * 120 / max));
            }
        }
        return new PlanOverview(gantt, byQuarter, byDomain, byNation, bars, max, upcoming, overdue);
    }

    private static Map<ActivityStatus, Integer> counts() {
        var counts = new EnumMap<ActivityStatus, Integer>(ActivityStatus.class);
        for (ActivityStatus status : ActivityStatus.values()) {
            counts.put(status, 0);
        }
        return counts;
    }
}
