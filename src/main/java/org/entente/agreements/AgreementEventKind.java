package org.entente.agreements;

/** A dated event in an agreement's life. */
public enum AgreementEventKind {
    SIGNED,
    ENTERED_INTO_FORCE,
    SUSPENDED,
    RESUMED,
    AMENDED,
    RENEWED,
    EXPIRED,
    TERMINATED
}
