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

    /**
     * Whether the plan is being executed: signed and not yet closed. "Overdue", "the next 30 days"
     * and the execution rates concern such plans only (a plan under negotiation has planned
     * activities, none of them late; a closed plan keeps its final rate). SQL says the same through
     * {@link ExecutionSql#BEING_EXECUTED}, spelt from this method.
     */
    public boolean beingExecuted() {
        return this == SIGNED || this == IN_EXECUTION;
    }
}
