/**
 * What the auditor reads: pages of events, a verification's outcome, checkpoints. Public only
 * because the compiled page templates need public types; as a sub-package of the audit module,
 * Spring Modulith keeps every other module out of it.
 */
package org.entente.audit.report;
