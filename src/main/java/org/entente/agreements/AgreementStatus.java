package org.entente.agreements;

/** Where an agreement stands, as its dated events tell it; never set by hand. */
public enum AgreementStatus {
    SIGNED,
    IN_FORCE,
    SUSPENDED,
    EXPIRED,
    TERMINATED;

    /** Whether nothing may follow: an expired or terminated agreement stays so. */
    public boolean isFinal() {
        return this == EXPIRED || this == TERMINATED;
    }
}
