package org.entente.projects;

/** Where a project stands, as its owner records it. */
public enum ProjectStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    SUSPENDED,
    CANCELLED;

    /** Whether milestones may still be added: not to a project completed or cancelled. */
    public boolean acceptsMilestones() {
        return this != COMPLETED && this != CANCELLED;
    }
}
