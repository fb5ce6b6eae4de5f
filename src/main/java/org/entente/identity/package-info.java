/**
 * Accounts, signing in and out, passwords and the signed-in user.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.entente.identity;

import org.springframework.modulith.ApplicationModule;
