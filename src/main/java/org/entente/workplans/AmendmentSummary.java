package org.entente.workplans;

import java.time.Instant;
import org.entente.shared.Label;

/**
 * A numbered amendment to a signed plan: proposed by one party (the person {@code proposer} of the
 * nation {@code proposedBy}), then approved or rejected with a reason by another, or withdrawn. Its
 * label is the one the proposer's activity keeps. A re-proposal {@code answers} the number of the
 * rejected amendment it edits, which is {@code answeredBy} it (both null otherwise).
 */
public record AmendmentSummary(
        long id,
        long planId,
        int number,
        Long activityId,
        String activityCode,
        String proposedBy,
        String proposer,
        Instant proposedAt,
        ActivityDraft changes,
        AmendmentStatus status,
        String decidedBy,
        String decider,
        Instant decidedAt,
        org.entente.shared.LocalizedText reason,
        int version,
        Label label,
        Integer answers,
        Integer answeredBy) {

    public boolean approved() {
        return status == AmendmentStatus.APPROVED;
    }

    public boolean pending() {
        return status == AmendmentStatus.PROPOSED;
    }

    /** A new activity rather than a change to one. */
    public boolean newActivity() {
        return activityId == null;
    }

    /** The message key naming the status. */
    public String statusKey() {
        return "workplans.amendment.status." + status.name();
    }
}
