package org.entente.workplans;

/** The kinds of activity a plan holds (domain.md). */
public enum ActivityType {
    WORKING_MEETING,
    STAFF_TALKS,
    FIELD_VISIT,
    CAPABILITY_SESSION,
    TRAINING_COURSE,
    EXERCISE,
    EXCHANGE_VISIT,
    CONFERENCE,
    RESEARCH_DEVELOPMENT,
    INDUSTRIAL_MILESTONE,
    ACQUISITION_STEP,
    OTHER
}
