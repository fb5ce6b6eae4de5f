package org.entente.committees;

import java.util.List;
import org.entente.shared.Subject;
import org.entente.shared.TimelineEntry;
import org.entente.shared.TimelineEntry.TimelineKind;
import org.entente.shared.TimelineSource;
import org.springframework.stereotype.Component;

/** Committees' sessions on a relationship timeline. */
@Component
class SessionTimeline implements TimelineSource {

    private final Committees committees;

    SessionTimeline(Committees committees) {
        this.committees = committees;
    }

    @Override
    public List<TimelineEntry> timelineEntries(Subject reader, List<String> nations) {
        return committees.sessionsBetween(reader, nations).stream()
                .map(session -> new TimelineEntry(
                        session.startDate(),
                        session.endDate(),
                        TimelineKind.SESSION,
                        "session.status." + session.status().name(),
                        session.committeeName(),
                        session.number(),
                        null,
                        "/committees/" + session.committeeId(),
                        session.illustrative(),
                        session.label()))
                .toList();
    }
}
