package org.entente.shared;

import java.time.LocalDate;

/**
 * One dated line of a relationship timeline.
 *
 * @param what the message key of what happened ({@code agreement.event.SUSPENDED}, {@code timeline.session})
 * @param subject what it concerns: the agreement's title, the committee's name, the context event's text
 * @param number the session's number, or 0
 * @param detail multilingual text (a suspension's reason, a context event's source), or null
 * @param href where to read more, or null
 */
public record TimelineEntry(
        LocalDate date,
        LocalDate endDate,
        TimelineKind kind,
        String what,
        LocalizedText subject,
        int number,
        LocalizedText detail,
        String href,
        boolean illustrative,
        Label label) {

    /** The kinds of lines, which the timeline's filter names. */
    public enum TimelineKind {
        CONTEXT,
        AGREEMENT,
        SESSION,
        MILESTONE
    }
}
