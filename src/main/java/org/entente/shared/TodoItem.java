package org.entente.shared;

import java.time.LocalDate;

/**
 * One thing that awaits a reader, with a link straight to it.
 *
 * @param kind what it is; its message key is {@code todo.kind.KIND}, with {@code count} and
 *     {@code shownReference} as arguments
 * @param title the thing's title (an activity's, a committee's, an action item's)
 * @param reference a code or number that names it ({@code JMC-2026-014}, a session's number), or ""
 * @param count how many records the item stands for (proposals in one plan), at least 1
 * @param due the day it is due or takes place, or null
 * @param overdue whether that day has passed with the thing not done
 * @param href the page that shows it
 * @param label the item's label (the high-water mark of what it counts)
 * @param shownReference the reference as the panel names it, already in the reader's language (a
 *     session as its ordinal: "the third session"); the reference itself when it reads the same in
 *     every language
 */
public record TodoItem(
        TodoKind kind,
        LocalizedText title,
        String reference,
        int count,
        LocalDate due,
        boolean overdue,
        String href,
        Label label,
        String shownReference) {

    /** What awaits: the kinds, in the order the panel shows them. */
    public enum TodoKind {
        /** Proposals of the other party awaiting my nation's approval in a plan under negotiation. */
        PROPOSALS_TO_APPROVE,
        /** An amendment of a signed plan awaiting my nation's approval. */
        AMENDMENT_TO_APPROVE,
        /** A proposal or amendment of my nation the other party rejected. */
        PROPOSAL_REJECTED,
        /** A year-end closing the other party proposed, awaiting my nation's approval. */
        CLOSING_TO_APPROVE,
        /** A year-end closing of my nation the other party rejected (the plan still open). */
        CLOSING_REJECTED,
        /** An action item my nation owns, overdue or due within 14 days. */
        ACTION_DUE,
        /** An activity of my nation past its planned end and not executed. */
        ACTIVITY_OVERDUE,
        /** A session in the next 30 days. */
        SESSION_SOON
    }
}
