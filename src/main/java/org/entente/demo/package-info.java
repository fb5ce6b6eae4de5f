/**
 * The seed scenario (shared/design/seed-scenario.md), loaded with {@code --entente.demo=true}.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "identity", "partners", "committees", "agreements", "workplans", "projects"})
package org.entente.demo;

import org.springframework.modulith.ApplicationModule;
