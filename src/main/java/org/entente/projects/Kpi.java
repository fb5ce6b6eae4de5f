package org.entente.projects;

/**
 * The commitments a project is measured by: people trained per category (a count), the local
 * content (a percentage) and the operation and maintenance capability (a level on a small scale,
 * {@code entente.projects.capability-levels}).
 */
public enum Kpi {
    ENGINEERS,
    TECHNICIANS,
    OPERATORS,
    LOCAL_CONTENT,
    CAPABILITY;

    public boolean trainedPeople() {
        return this == ENGINEERS || this == TECHNICIANS || this == OPERATORS;
    }
}
