/**
 * Nations, organizations and people that cooperate.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.entente.partners;

import org.springframework.modulith.ApplicationModule;
