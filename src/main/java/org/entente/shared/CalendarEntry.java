package org.entente.shared;

import java.time.LocalDate;

/**
 * One dated thing on a calendar (a session, an activity): whole days, first to last inclusive.
 *
 * @param uid stable across changes, unique across the instance ({@code session-12}), so that a
 *     calendar program updates the event rather than adding another
 * @param summary the message key that makes the one-line summary from {@code title} and
 *     {@code number} ({@code calendar.session}: "{0}, session {1}")
 * @param number the session's number, or 0
 * @param place the city, or null
 * @param cancelled whether it will not take place: feeds keep it, marked cancelled, so that
 *     programs that had it remove it
 * @param href the page that shows it
 */
public record CalendarEntry(
        String uid,
        LocalDate start,
        LocalDate end,
        String summary,
        LocalizedText title,
        int number,
        LocalizedText place,
        boolean cancelled,
        String href,
        Label label) {}
