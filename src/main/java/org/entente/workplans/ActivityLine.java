package org.entente.workplans;

import java.time.LocalDate;
import org.entente.shared.LocalizedText;

/**
 * An activity as a list of the next days or of what is overdue shows it: its code and title, linked,
 * and its planned dates. The year dashboard reads only these columns (issue 20): a whole activity
 * (its description, participants and report parsed from JSON) for each of 100 lines cost the page
 * more than its figures.
 */
public record ActivityLine(
        long id, long planId, String code, LocalizedText title, LocalDate plannedStart, LocalDate plannedEnd) {

    static ActivityLine of(ActivitySummary a) {
        return new ActivityLine(a.id(), a.planId(), a.code(), a.title(), a.plannedStart(), a.plannedEnd());
    }
}
