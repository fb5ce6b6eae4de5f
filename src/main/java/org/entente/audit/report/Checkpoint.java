package org.entente.audit.report;

import java.time.Instant;

/**
 * A statement, signed with Entente's checkpoint key and kept outside the database, that entry
 * {@code entry} of the audit trail had hash {@code hash} (hexadecimal) when it was signed.
 */
public record Checkpoint(long entry, String hash, Instant signedAt) {}
