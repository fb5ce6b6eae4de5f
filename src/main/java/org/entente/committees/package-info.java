/**
 * Joint committees, their numbered sessions, minutes, decisions and action items.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit", "attachments", "agreements"})
package org.entente.committees;

import org.springframework.modulith.ApplicationModule;
