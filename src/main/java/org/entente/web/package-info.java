/**
 * The pages' frame (layout, navigation, banner band) and the home page that gathers the other
 * modules' records.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "committees", "agreements", "projects"})
package org.entente.web;

import org.springframework.modulith.ApplicationModule;
