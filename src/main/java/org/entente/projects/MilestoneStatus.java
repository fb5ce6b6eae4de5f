package org.entente.projects;

import java.time.LocalDate;

/**
 * A milestone's status. {@link #LATE} is never recorded: a milestone still planned (or at risk)
 * whose planned date has passed without an actual date is late, told against today.
 */
public enum MilestoneStatus {
    PLANNED,
    ACHIEVED,
    LATE,
    AT_RISK,
    DROPPED;

    /** The status to show today: the recorded one, or {@link #LATE} when the planned date has passed. */
    public static MilestoneStatus effective(MilestoneStatus recorded, LocalDate planned, LocalDate today) {
        if ((recorded == PLANNED || recorded == AT_RISK) && planned.isBefore(today)) {
            return LATE;
        }
        return recorded;
    }

    /** Whether a person may record this status (all but {@link #LATE}, which is computed). */
    public boolean recordable() {
        return this != LATE;
    }
}
