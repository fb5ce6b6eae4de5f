/**
 * Agreements between nations (memoranda of understanding, framework agreements, arrangements),
 * their status as told by dated events, the cooperation domains they cover, the context events
 * of a relationship, and the relationship timeline that puts them beside the committees' sessions.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit", "documents"})
package org.entente.agreements;

import org.springframework.modulith.ApplicationModule;
