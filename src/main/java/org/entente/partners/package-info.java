/**
 * Nations, organizations and people that cooperate.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.entente.partners;

import org.springframework.modulith.ApplicationModule;
