package org.entente.workplans;

/**
 * What happens to a work plan that other modules may act on (notifications): published in the
 * transaction of the write, so that the event publication registry keeps them with it. Each carries
 * only identifiers and the acting nation, which may read the record: whoever acts on it reads the
 * record again, under its label, when it does.
 */
public final class PlanEvents {

    private PlanEvents() {}

    /** An activity proposed on a plan under negotiation, which now awaits the other parties. */
    public record ActivityProposed(long activityId, long planId, String nation) {}

    /**
     * An activity proposed on a plan under negotiation approved by another party than the one that
     * proposed it: a decision on that party's proposal (an unsigned plan's proposal is approved or
     * changed, never rejected: a rejection with its reason is an amendment's, {@link AmendmentDecided}).
     */
    public record ActivityApproved(long activityId, long planId, String nation) {}

    /** An amendment proposed to a signed plan, which awaits another party's decision. */
    public record AmendmentProposed(long planId, int number, String nation) {}

    /** An amendment approved or rejected (with its reason) by another party. */
    public record AmendmentDecided(long planId, int number, String nation) {}

    /** A plan signed by its parties at a session. */
    public record PlanSigned(long planId, String nation) {}

    /** A plan closed at year end. */
    public record PlanClosed(long planId, String nation) {}
}
