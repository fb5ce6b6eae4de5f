package org.entente.notifications;

/**
 * A person wrote a session (planned it, changed its dates, place or status, added a delegate), as
 * the audit trail recorded it: stored in the outbox with the write, so that {@link Invitations}
 * sends what it calls for after the write commits, once.
 *
 * @param nation the writer's nation, as which the session is read again
 */
public record SessionTouched(long sessionId, String nation) {}
