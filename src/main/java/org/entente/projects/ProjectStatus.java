package org.entente.projects;

/** Where a project stands, as its owner records it. */
public enum ProjectStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    SUSPENDED,
    CANCELLED
}
