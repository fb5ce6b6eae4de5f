package org.entente.committees;

/** What a slot of a session's day-by-day programme is. */
public enum ProgrammeKind {
    WORKING_MEETING,
    FIELD_VISIT,
    SPECIAL_SESSION,
    CEREMONY
}
