package org.entente.workplans;

/** Where a work plan stands: negotiated, signed at a session, executed, closed. */
public enum PlanStatus {
    DRAFT,
    NEGOTIATION,
    SIGNED,
    IN_EXECUTION,
    CLOSED;

    /** Whether the plan's baseline is frozen: changes are amendments from then on. */
    public boolean signed() {
        return this == SIGNED || this == IN_EXECUTION || this == CLOSED;
    }
}
