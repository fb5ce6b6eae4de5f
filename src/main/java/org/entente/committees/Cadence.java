package org.entente.committees;

/** How often a committee is expected to meet. */
public enum Cadence {
    ANNUAL,
    SEMIANNUAL,
    BIENNIAL,
    AS_NEEDED
}
