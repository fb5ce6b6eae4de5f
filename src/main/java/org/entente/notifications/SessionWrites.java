package org.entente.notifications;

import org.entente.identity.SignedInUser;
import org.entente.shared.RecordType;
import org.entente.shared.RecordWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hears every write of a session the audit trail records, in the writing transaction, and puts a
 * {@link SessionTouched} in the outbox: the invitations follow the sessions without one line in the
 * committees module. Only a person's writes (the demo's loading and the system invite nobody).
 */
@Component
class SessionWrites {

    private final ApplicationEventPublisher events;

    SessionWrites(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(RecordWritten written) {
        if (!RecordType.SESSION.spelled().equals(written.type())
                || !(SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext()
                                        .getAuthentication()
                                        .getPrincipal()
                                instanceof SignedInUser writer)) {
            return;
        }
        try {
            events.publishEvent(new SessionTouched(Long.parseLong(written.id()), writer.nation()));
        } catch (NumberFormatException notOurs) {
            // A session is always named by its id.
        }
    }
}
