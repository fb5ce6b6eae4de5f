package org.entente.workplans;

/** Where an amendment stands: proposed by one party, then approved or rejected by the other, or withdrawn. */
public enum AmendmentStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** Whether it still waits for a decision. */
    public boolean pending() {
        return this == PROPOSED;
    }
}
