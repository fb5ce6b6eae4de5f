package org.entente.shared;

import java.time.Instant;

/**
 * The embedded PostgreSQL stopped unexpectedly and was started again: the audit trail records it
 * once the database is back.
 *
 * @param stopped when it was found stopped
 * @param back when the application's queries were served again
 */
public record DatabaseRestarted(Instant stopped, Instant back) {}
