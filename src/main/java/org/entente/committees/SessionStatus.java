package org.entente.committees;

public enum SessionStatus {
    PLANNED,
    HELD,
    POSTPONED,
    CANCELLED
}
