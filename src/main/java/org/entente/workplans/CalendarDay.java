package org.entente.workplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One day of the month calendar, with the activities held or planned on it that the reader may see. */
public record CalendarDay(LocalDate date, boolean inMonth, List<ActivitySummary> activities) {

    /** The weeks (Monday first) covering a month, each day with the activities dated on it. */
    static List<List<CalendarDay>> month(LocalDate first, List<ActivitySummary> activities) {
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate last = first.plusMonths(1).minusDays(1);
        var weeks = new ArrayList<List<CalendarDay>>();
        for (LocalDate day = start; !day.isAfter(last); ) {
            var week = new ArrayList<CalendarDay>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate d = day;
                week.add(new CalendarDay(
                        d,
                        d.getMonth() == first.getMonth(),
                        activities.stream().filter(a -> on(a, d)).toList()));
            }
            weeks.add(week);
        }
        return weeks;
    }

    private static boolean on(ActivitySummary a, LocalDate day) {
        LocalDate start = a.actualStart() != null ? a.actualStart() : a.plannedStart();
        LocalDate end = a.actualEnd() != null ? a.actualEnd() : a.plannedEnd();
        return start != null && !day.isBefore(start) && !day.isAfter(end == null ? start : end);
    }
}
