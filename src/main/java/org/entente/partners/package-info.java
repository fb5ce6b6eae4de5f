/**
 * Nations, organizations and people that cooperate.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit", "attachments"})
package org.entente.partners;

import org.springframework.modulith.ApplicationModule;
