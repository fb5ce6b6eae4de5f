package org.entente.workplans;

import java.time.Instant;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * A proposal to close a plan at its year's end: the decisions one party (the person {@code
 * proposer} of the nation {@code proposedBy}) proposed per activity still to be executed, then
 * approved or rejected with a reason by the other party, or withdrawn. The plan's closings, newest
 * first, are its closing history.
 */
public record ClosingSummary(
        long id,
        long planId,
        int number,
        String proposedBy,
        String proposer,
        Instant proposedAt,
        List<Item> items,
        AmendmentStatus status,
        String decidedBy,
        String decider,
        Instant decidedAt,
        LocalizedText reason,
        int version,
        Label label) {

    /**
     * One activity's decision as proposed: {@code CARRY_OVER} or {@code CANCEL} (with its reason),
     * and the version of the activity the proposer decided on.
     */
    public record Item(
            long activityId, String code, LocalizedText title, int version, String choice, LocalizedText reason) {

        public boolean carried() {
            return "CARRY_OVER".equals(choice);
        }
    }

    public boolean pending() {
        return status == AmendmentStatus.PROPOSED;
    }

    /** How many activities it carries over to next year's plan. */
    public long carried() {
        return items.stream().filter(Item::carried).count();
    }

    /** How many activities it cancels. */
    public long cancelled() {
        return items.size() - carried();
    }

    /** The message key naming the status. */
    public String statusKey() {
        return "workplans.closing.status." + status.name();
    }
}
