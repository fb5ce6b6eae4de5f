package org.entente.committees;

public enum CommitteeKind {
    JOINT_MILITARY_COMMITTEE,
    CONSULTATIVE_COMMITTEE,
    WORKING_GROUP,
    SUB_GROUP
}
