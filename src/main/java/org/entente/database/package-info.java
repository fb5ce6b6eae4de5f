/**
 * The database Entente runs on: an embedded PostgreSQL in the data directory unless
 * {@code spring.datasource.url} names an external one.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.entente.database;

import org.springframework.modulith.ApplicationModule;
