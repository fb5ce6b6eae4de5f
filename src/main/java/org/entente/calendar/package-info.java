/**
 * Calendars: the month view of everything dated the reader may read, and each user's calendar
 * feeds (iCalendar, behind a secret address, capped at a classification).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "access", "audit"})
package org.entente.calendar;

import org.springframework.modulith.ApplicationModule;
