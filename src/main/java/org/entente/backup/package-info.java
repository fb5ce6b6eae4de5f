/**
 * Backup and restore of a whole instance: every module's records, the attached files, and the audit
 * trail's checkpoints and keys, in one archive with a manifest of SHA-256 per entry.
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "audit"})
package org.entente.backup;

import org.springframework.modulith.ApplicationModule;
