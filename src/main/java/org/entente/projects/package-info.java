/**
 * Industrial cooperation and technology-transfer projects: the companies and sites, the milestones
 * (planned and actual, with evidence), the commitments measured over time (people trained, local
 * content, operation and maintenance capability), and the progress rolled up from them.
 */
@ApplicationModule(allowedDependencies = {"shared", "access", "audit", "agreements", "partners", "attachments"})
package org.entente.projects;

import org.springframework.modulith.ApplicationModule;
