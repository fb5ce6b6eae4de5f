/**
 * The one place that decides who may read, write, approve and relabel a record. Row-level security
 * in the database applies the same reading rule as a second wall.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
package org.entente.access;

import org.springframework.modulith.ApplicationModule;
