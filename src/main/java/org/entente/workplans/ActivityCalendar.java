package org.entente.workplans;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.entente.shared.CalendarEntry;
import org.entente.shared.CalendarSource;
import org.entente.shared.Limits;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/**
 * Work-plan activities on calendars: those with days (actual ones once executed, planned ones
 * before); an activity planned only by quarter has no day to show.
 */
@Component
class ActivityCalendar implements CalendarSource {

    private final WorkPlans plans;

    ActivityCalendar(WorkPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<CalendarEntry> calendarEntries(Subject reader, LocalDate from, LocalDate to) {
        return plans.datedBetween(reader, from, to).stream()
                // Dates that cannot be read (docs/limits.md) give no day to show it on.
                .filter(activity -> Stream.of(
                                activity.plannedStart(),
                                activity.plannedEnd(),
                                activity.actualStart(),
                                activity.actualEnd())
                        .noneMatch(Limits::isInvalid))
                .map(activity -> {
                    boolean executed = activity.actualStart() != null;
                    LocalDate start = executed ? activity.actualStart() : activity.plannedStart();
                    LocalDate end = executed ? activity.actualEnd() : activity.plannedEnd();
                    return new CalendarEntry(
                            "activity-" + activity.id(),
                            start,
                            end == null ? start : end,
                            "calendar.activity",
                            activity.title(),
                            0,
                            activity.city().values().isEmpty() ? null : activity.city(),
                            activity.status() == ActivityStatus.CANCELLED
                                    || activity.status() == ActivityStatus.POSTPONED
                                    || activity.status() == ActivityStatus.ON_HOLD,
                            "/activities/" + activity.id(),
                            activity.label());
                })
                .toList();
    }
}
