package org.entente.workplans;

import java.time.Instant;
import org.entente.shared.LocalizedText;

/**
 * One step of an activity's history: proposed, changed, approved, approval withdrawn, held…
 *
 * @param detail what is no text in any language (an amendment's number, a year, dates), or null
 * @param reason why (postponed, cancelled, held, rejected), multilingual, or null
 */
public record ActivityHistory(
        Instant at, String kind, String nation, String actor, String detail, LocalizedText reason) {

    private static final java.util.regex.Pattern DAYS =
            java.util.regex.Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) – (\\d{4}-\\d{2}-\\d{2})");

    /**
     * The first and last day an execution recorded ("2025-10-12 – 2025-10-14" as stored), for the page
     * to write them as dates in the reader's language; null when the detail holds no such days.
     */
    public java.util.List<java.time.LocalDate> days() {
        var matched = detail == null ? null : DAYS.matcher(detail.strip());
        return matched == null || !matched.matches()
                ? null
                : java.util.List.of(
                        java.time.LocalDate.parse(matched.group(1)), java.time.LocalDate.parse(matched.group(2)));
    }
}
