package org.entente.committees;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.CalendarEntry;
import org.entente.shared.CalendarSource;
import org.entente.shared.Limits;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/** Committees' sessions on calendars. */
@Component
class SessionCalendar implements CalendarSource {

    private final Committees committees;

    SessionCalendar(Committees committees) {
        this.committees = committees;
    }

    @Override
    public List<CalendarEntry> calendarEntries(Subject reader, LocalDate from, LocalDate to) {
        // Every nation list contains the empty one: all the sessions the reader may read.
        return committees.sessionsBetween(reader, List.of()).stream()
                .filter(session -> !session.endDate().isBefore(from)
                        && !session.startDate().isAfter(to)
                        // Dates that cannot be read (docs/limits.md) give no day to show it on.
                        && !Limits.isInvalid(session.startDate())
                        && !Limits.isInvalid(session.endDate()))
                .map(session -> new CalendarEntry(
                        "session-" + session.committeeId() + "-" + session.number(),
                        session.startDate(),
                        session.endDate(),
                        "calendar.session",
                        session.committeeName(),
                        session.number(),
                        session.city(),
                        session.status() == SessionStatus.CANCELLED || session.status() == SessionStatus.POSTPONED,
                        "/committees/" + session.committeeId(),
                        session.label()))
                .toList();
    }
}
