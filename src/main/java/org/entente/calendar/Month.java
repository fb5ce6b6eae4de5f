package org.entente.calendar;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.entente.shared.CalendarEntry;

/**
 * A month as a grid of whole weeks, starting on the locale's first day of the week, each day with
 * the entries that touch it.
 */
public record Month(YearMonth month, String title, List<String> weekdays, List<List<Day>> weeks) {

    /** One cell: a day of this month or of a neighbouring one (shown faded). */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {}

    static Month of(YearMonth month, List<CalendarEntry> entries, Locale locale, LocalDate today) {
        ULocale ulocale = ULocale.forLocale(locale);
        // ICU numbers days Sunday = 1 … Saturday = 7; java.time Monday = 1 … Sunday = 7.
        int icuFirst = com.ibm.icu.util.Calendar.getInstance(ulocale).getFirstDayOfWeek();
        DayOfWeek first = DayOfWeek.SUNDAY.plus(icuFirst - 1L);
        String[] names = DateFormatSymbols.getInstance(ulocale)
                .getWeekdays(DateFormatSymbols.STANDALONE, DateFormatSymbols.ABBREVIATED);
        var weekdays = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            weekdays.add(names[first.plus(i).getValue() % 7 + 1]);
        }
        LocalDate start = month.atDay(1);
        while (start.getDayOfWeek() != first) {
            start = start.minusDays(1);
        }
        var weeks = new ArrayList<List<Day>>();
        LocalDate day = start;
        while (!day.isAfter(month.atEndOfMonth())) {
            var week = new ArrayList<Day>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                LocalDate date = day;
                week.add(new Day(
                        date,
                        YearMonth.from(date).equals(month),
                        date.equals(today),
                        entries.stream()
                                .filter(e ->
                                        !e.start().isAfter(date) && !e.end().isBefore(date))
                                .toList()));
            }
            weeks.add(week);
        }
        String title = DateFormat.getInstanceForSkeleton("yMMMM", ulocale)
                .format(Date.from(month.atDay(15).atStartOfDay(ZoneOffset.UTC).toInstant()));
        return new Month(month, title, weekdays, weeks);
    }

    /** The first and last days the grid shows. */
    LocalDate first() {
        return weeks.get(0).get(0).date();
    }
}
