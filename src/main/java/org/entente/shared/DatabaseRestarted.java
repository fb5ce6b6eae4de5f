package org.entente.shared;

import java.time.Instant;

/**
 * The embedded PostgreSQL stopped unexpectedly and was started again: the audit trail records it
 * once the database is back.
 *
 * @param stopped when it was found stopped
 * @param back when it accepted connections again
 */
public record DatabaseRestarted(Instant stopped, Instant back) {}
