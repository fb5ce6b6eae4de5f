/**
 * Notifications: what each account is told (the bell, the notifications page and API), e-mail in
 * the recipient's language under the classification cap, session invitations, and the outbox they
 * come from (Spring Modulith's event publication registry).
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "access", "agreements", "workplans", "comments"})
package org.entente.notifications;

import org.springframework.modulith.ApplicationModule;
