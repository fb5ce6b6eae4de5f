package org.entente.workplans;

/** An activity's execution status; ON_HOLD while the agreement it falls under is suspended. */
public enum ActivityStatus {
    PLANNED,
    EXECUTED,
    POSTPONED,
    CANCELLED,
    ON_HOLD;

    /** Not yet executed, nor cancelled: what a suspension puts on hold. */
    public boolean open() {
        return this == PLANNED || this == POSTPONED;
    }
}
