/**
 * Joint work plans: a committee's plan for a year, its shared objectives and indicators, its
 * activities approved by both parties, the signed baseline and its amendments, execution, and the
 * hold that follows a suspended agreement.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit", "agreements", "committees", "documents"})
package org.entente.workplans;

import org.springframework.modulith.ApplicationModule;
