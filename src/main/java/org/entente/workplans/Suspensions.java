package org.entente.workplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.agreements.AgreementEventKind;
import org.entente.agreements.StatusEvent;

/**
 * The periods an agreement was suspended, from its dated status events: each suspension runs to the
 * next resumption (or is still running), and what an activity of its plans went through then
 * (domain rule 3). Plain rules: {@code SuspensionsTest}.
 */
record Suspensions(List<Period> periods) {

    /** A suspension from its first day to the day cooperation resumed, or {@code null} while it runs. */
    record Period(LocalDate from, LocalDate until) {

        boolean running() {
            return until == null;
        }

        boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && (until == null || !until.isBefore(start));
        }
    }

    static final Suspensions NONE = new Suspensions(List.of());

    /** The periods, oldest first, from the events in date order; a resumption without a suspension is ignored. */
    static Suspensions of(List<StatusEvent> events) {
        var periods = new ArrayList<Period>();
        LocalDate open = null;
        for (StatusEvent event : events) {
            if (event.kind() == AgreementEventKind.SUSPENDED && open == null) {
                open = event.date();
            } else if (event.kind() == AgreementEventKind.RESUMED && open != null) {
                periods.add(new Period(open, event.date()));
                open = null;
            }
        }
        if (open != null) {
            periods.add(new Period(open, null));
        }
        return new Suspensions(List.copyOf(periods));
    }

    /**
     * The suspension that held an activity up: one that began while it was still to be done, before
     * its planned end — for an activity not executed before the suspension began. Null when none.
     *
     * @param start the first day of the activity's planned period
     * @param due the day it was due
     * @param executedOn the first actual day, or null when not executed
     */
    Period heldUp(LocalDate start, LocalDate due, LocalDate executedOn) {
        for (Period period : periods) {
            boolean beforeExecution = executedOn == null || executedOn.isAfter(period.from());
            if (beforeExecution && period.overlaps(start, due)) {
                return period;
            }
        }
        return null;
    }
}
