package org.entente.notifications;

import java.time.Instant;

/** The rows of the administrators' outbox view ({@link OutboxController}). */
public final class OutboxRows {

    private OutboxRows() {}

    /** An incomplete delivery: which event to which listener, since when, how often tried. */
    public record Delivery(
            String event, String listener, Instant published, String status, int attempts, Instant lastTry) {}

    /** A mail not sent: to whom, what, how often tried, when next, the server's last answer. */
    public record WaitingMail(
            long id, String recipient, String kind, String status, int attempts, Instant next, String error) {}
}
