package org.entente.committees;

/** A delegate's place in a nation's delegation to a session. */
public enum DelegateRole {
    HEAD,
    MEMBER,
    EXPERT,
    OBSERVER
}
