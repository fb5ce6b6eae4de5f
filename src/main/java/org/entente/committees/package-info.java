/**
 * Joint committees, their numbered sessions, minutes, decisions and action items.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "access", "audit", "attachments", "agreements", "partners", "documents"})
package org.entente.committees;

import org.springframework.modulith.ApplicationModule;
