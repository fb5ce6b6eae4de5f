/**
 * The audit trail: an append-only, hash-chained log of sign-ins, changes and denials, written in
 * the caller's transaction, with signed checkpoints kept outside the database, and the auditor's
 * page and API to read and verify it.
 *
 * <p>Other modules call {@link org.entente.audit.AuditTrail#record(AuditEvent)}; everything else
 * is internal.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "access"})
package org.entente.audit;

import org.springframework.modulith.ApplicationModule;
