package org.entente.identity;

/** What an account may do in one committee. Reading needs no role: the label decides. */
public enum CommitteeRole {
    ADMINISTRATOR,
    PLANNER,
    CONTRIBUTOR,
    VIEWER
}
