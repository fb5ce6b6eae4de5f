/**
 * A deterministic data generator for benchmarks and tests ({@code --entente.generate=40x10x200}):
 * committees, sessions, work plans, objectives and activities written in bulk, then Entente exits.
 */
@ApplicationModule(allowedDependencies = {})
package org.entente.generator;

import org.springframework.modulith.ApplicationModule;
