package org.entente.workplans;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
        Gantt gantt,
        Map<String, Map<ActivityStatus, Integer>> byQuarter,
        Map<String, Map<ActivityStatus, Integer>> byDomain,
        Map<String, Map<ActivityStatus, Integer>> byNation,
        List<Bar> chart,
        int chartMax,
        List<ActivityLine> upcoming,
        List<ActivityLine> overdue) {

    /**
     * The timeline as an SVG's geometry: a row per activity, the months from January of the plan's
     * year to December (stretched back a year or on up to two years when an activity was moved
     * there: a postponed activity shows in its new period), and today's line when it falls inside.
     * x runs from the first month; for right-to-left readers it is mirrored.
     */
    public record Gantt(List<YearMonth> months, List<GanttRow> rows, Integer todayX, int width) {

        /** Width of one month in SVG units. */
        public static final int MONTH = 44;

        public static final int ROW = 24;

        public int height() {
            return ROW * (rows.size() + 1) + 8;
        }

        /** x of the start of the i-th month, mirrored for right-to-left readers. */
        public int monthX(int i, boolean rightToLeft) {
            return rightToLeft ? width - (i + 1) * MONTH : i * MONTH;
        }
    }

    /** One activity on the timeline: where its bar runs, whether it is overdue. */
    public record GanttRow(
            ActivitySummary activity, int x, int width, boolean overdue, LocalDate start, LocalDate end) {}

    /** One bar of the chart: its group (a quarter), its status, its count and position. */
    public record Bar(String group, ActivityStatus status, int count, int x, int height) {}

    /** The statuses the chart shows, in the order of a quarter's bars and of the legend. */
    public static final List<ActivityStatus> CHARTED = List.of(
            ActivityStatus.PLANNED,
            ActivityStatus.EXECUTED,
            ActivityStatus.POSTPONED,
            ActivityStatus.CANCELLED,
            ActivityStatus.ON_HOLD);

    /** A bar's width in SVG units. */
    public static final int BAR = 18;

    /** Horizontal step of the chart's slots: a bar, then a gap of 4. */
    static final int SLOT = BAR + 4;

    /** A slot per status in each quarter and one left empty between quarters. */
    private static final int SLOTS_PER_QUARTER = CHARTED.size() + 1;

    /** Slots from the first quarter's first bar to the last quarter's last. */
    private static final int SLOTS = 4 * SLOTS_PER_QUARTER - 1;

    /** The chart's width in SVG units (its viewBox): a margin of 10 either side. */
    public static final int CHART_WIDTH = 10 + (SLOTS - 1) * SLOT + BAR + 10;

    /** x of a slot (0 is the first quarter's first bar), mirrored for right-to-left readers. */
    private static int slotX(int slot, boolean rightToLeft) {
        return 10 + (rightToLeft ? SLOTS - 1 - slot : slot) * SLOT;
    }

    /** x of the middle of a quarter's bars, where its name is written under them. */
    public static int quarterCentre(int quarter, boolean rightToLeft) {
        return slotX((quarter - 1) * SLOTS_PER_QUARTER + CHARTED.size() / 2, rightToLeft) + BAR / 2;
    }

    /** Bars of the chart: 4 groups of one bar per charted status, 18 wide; right to left for right-to-left readers. */
    static PlanOverview of(
            int year, PlanStatus status, List<ActivitySummary> activities, LocalDate today, boolean rightToLeft) {
        return of(year, plan -> status, activities, today, rightToLeft);
    }

    /**
     * The same over the activities of several plans of one year, each plan's status given by its id:
     * only plans being executed ({@link PlanStatus#beingExecuted()}) have activities overdue or
     * within the next 30 days.
     */
    static PlanOverview of(
            int year,
            java.util.function.LongFunction<PlanStatus> planStatus,
            List<ActivitySummary> activities,
            LocalDate today,
            boolean rightToLeft) {
        var placed = new ArrayList<ActivitySummary>();
        var periods = new ArrayList<LocalDate[]>();
        var byQuarter = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var byDomain = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var byNation = new TreeMap<String, Map<ActivityStatus, Integer>>();
        var upcoming = new ArrayList<ActivityLine>();
        var overdue = new ArrayList<ActivityLine>();
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
                placed.add(a);
                periods.add(new LocalDate[] {start, end == null || end.isBefore(start) ? start : end});
            }
            if (quarter != null && quarter >= 1 && quarter <= 4) {
                byQuarter.get(quarter.toString()).merge(a.status(), 1, Integer::sum);
            }
            byDomain.computeIfAbsent(a.domain(), k -> counts()).merge(a.status(), 1, Integer::sum);
            byNation.computeIfAbsent(a.leadNation(), k -> counts()).merge(a.status(), 1, Integer::sum);
            PlanStatus status = planStatus.apply(a.planId());
            boolean open = a.status().open() && status.beingExecuted();
            if (open && start != null && !start.isBefore(today) && !start.isAfter(today.plusDays(30))) {
                upcoming.add(ActivityLine.of(a));
            }
            if (a.overdue(today, year, status)) {
                overdue.add(ActivityLine.of(a));
            }
        }
        return counted(
                gantt(year, planStatus, placed, periods, today, rightToLeft),
                byQuarter,
                byDomain,
                byNation,
                upcoming,
                overdue,
                rightToLeft);
    }

    /**
     * The overview from counts already made (by the database, for a year's dashboard: no timeline
     * then) and the lists to show; the chart is drawn from the counts by quarter.
     */
    static PlanOverview counted(
            Gantt gantt,
            Map<String, Map<ActivityStatus, Integer>> byQuarter,
            Map<String, Map<ActivityStatus, Integer>> byDomain,
            Map<String, Map<ActivityStatus, Integer>> byNation,
            List<ActivityLine> upcoming,
            List<ActivityLine> overdue,
            boolean rightToLeft) {
        int max = 1;
        for (var counts : byQuarter.values()) {
            for (ActivityStatus status : CHARTED) {
                max = Math.max(max, counts.get(status));
            }
        }
        var bars = new ArrayList<Bar>();
        for (int q = 1; q <= 4; q++) {
            for (int s = 0; s < CHARTED.size(); s++) {
                int x = slotX((q - 1) * SLOTS_PER_QUARTER + s, rightToLeft);
                int count = byQuarter.get(Integer.toString(q)).get(CHARTED.get(s));
                bars.add(new Bar(Integer.toString(q), CHARTED.get(s), count, x, count * 120 / max));
            }
        }
        return new PlanOverview(gantt, byQuarter, byDomain, byNation, bars, max, upcoming, overdue);
    }

    /** Months shown: the plan's year, stretched to one year before and two after when activities fall there. */
    static Gantt gantt(
            int year,
            java.util.function.LongFunction<PlanStatus> planStatus,
            List<ActivitySummary> placed,
            List<LocalDate[]> periods,
            LocalDate today,
            boolean rightToLeft) {
        YearMonth first = YearMonth.of(year, 1);
        YearMonth last = YearMonth.of(year, 12);
        for (LocalDate[] period : periods) {
            YearMonth from = YearMonth.from(period[0]);
            YearMonth to = YearMonth.from(period[1]);
            if (from.isBefore(first) && !from.isBefore(YearMonth.of(year - 1, 1))) {
                first = from;
            }
            if (to.isAfter(last) && !to.isAfter(YearMonth.of(year + 2, 12))) {
                last = to;
            }
        }
        var months = new ArrayList<YearMonth>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        int width = months.size() * Gantt.MONTH;
        LocalDate begin = first.atDay(1);
        LocalDate finish = last.atEndOfMonth();
        long days = ChronoUnit.DAYS.between(begin, finish) + 1;
        var rows = new ArrayList<GanttRow>();
        for (int i = 0; i < placed.size(); i++) {
            LocalDate start = periods.get(i)[0];
            LocalDate end = periods.get(i)[1];
            if (end.isBefore(begin) || start.isAfter(finish)) {
                continue;
            }
            LocalDate shownStart = start.isBefore(begin) ? begin : start;
            LocalDate shownEnd = end.isAfter(finish) ? finish : end;
            int x = (int) (ChronoUnit.DAYS.between(begin, shownStart) * width / days);
            int w = Math.max(4, (int) ((ChronoUnit.DAYS.between(shownStart, shownEnd) + 1) * width / days));
            if (rightToLeft) {
                x = width - x - w;
            }
            ActivitySummary a = placed.get(i);
            rows.add(new GanttRow(a, x, w, a.overdue(today, year, planStatus.apply(a.planId())), start, end));
        }
        Integer todayX = null;
        if (!today.isBefore(begin) && !today.isAfter(finish)) {
            int x = (int) (ChronoUnit.DAYS.between(begin, today) * width / days);
            todayX = rightToLeft ? width - x : x;
        }
        return new Gantt(months, rows, todayX, width);
    }

    static Map<ActivityStatus, Integer> counts() {
        var counts = new EnumMap<ActivityStatus, Integer>(ActivityStatus.class);
        for (ActivityStatus status : ActivityStatus.values()) {
            counts.put(status, 0);
        }
        return counts;
    }
}
