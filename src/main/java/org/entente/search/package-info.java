/**
 * Search across every record a reader may read, in Arabic, Hebrew, French and English: an index in
 * PostgreSQL under the records' own labels and row-level security, rewritten in the transaction of
 * each write, and queried through the same analyzers that built it.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.entente.search;

import org.springframework.modulith.ApplicationModule;
