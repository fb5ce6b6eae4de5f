package org.entente.committees;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * An action item followed up between sessions.
 *
 * @param party the nation that owns the action (a party to the committee), not the label's owner
 * @param sessionNumber the session it was decided at, or null for a free item
 * @param decisionNumber the decision it follows from, or null
 */
public record ActionItem(
        long id,
        long committeeId,
        LocalizedText committeeName,
        Integer sessionNumber,
        Integer decisionNumber,
        LocalizedText title,
        String party,
        LocalizedText responsible,
        LocalDate dueDate,
        ActionStatus status,
        boolean illustrative,
        Label label,
        List<Note> notes) {

    /** A follow-up note: who wrote it, when, and the status it left the item in. */
    public record Note(
            java.time.Instant notedAt, String notedBy, ActionStatus status, org.entente.shared.LocalizedText text) {}

    /** Overdue: still open on a day after its due date. */
    public boolean overdueOn(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }
}
