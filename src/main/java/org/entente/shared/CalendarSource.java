package org.entente.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's dated things for calendars (the month view, the calendar feeds), so that calendars
 * gather them without depending on the modules that keep them. Each module declares one bean.
 */
public interface CalendarSource {

    /** What the reader may read that touches the days from {@code from} to {@code to} inclusive. */
    List<CalendarEntry> calendarEntries(Subject reader, LocalDate from, LocalDate to);
}
