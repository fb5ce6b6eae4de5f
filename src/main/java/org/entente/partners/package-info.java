/**
 * Nations, organizations and people that cooperate.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit"})
package org.entente.partners;

import org.springframework.modulith.ApplicationModule;
