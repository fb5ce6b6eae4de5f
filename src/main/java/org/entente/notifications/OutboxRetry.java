package org.entente.notifications;

import java.time.Duration;
import java.time.Instant;
import org.entente.shared.OncePerCluster;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed deliveries of the outbox are tried again, each after a wait that doubles with its attempts
 * (30 s, 1 min, 2 min… at most an hour). A restart delivers again, once, whatever was incomplete
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). What still waits shows
 * in the administrators' view ({@link OutboxController}).
 */
@Component
class OutboxRetry {

    private final IncompleteEventPublications incomplete;
    private final MailProperties properties;

    OutboxRetry(IncompleteEventPublications incomplete, MailProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${entente.outbox.retry-every:30s}",
            initialDelayString = "${entente.outbox.retry-every:30s}")
    @OncePerCluster(name = "outbox-retry")
    void retry() {
        Instant now = Instant.now();
        incomplete.resubmitIncompletePublications(publication -> due(publication, now));
    }

    /** A failed publication whose wait since its last attempt is over. */
    boolean due(EventPublication publication, Instant now) {
        if (publication.getStatus() != EventPublication.Status.FAILED) {
            return false;
        }
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        Duration wait = properties.backoff(Math.max(publication.getCompletionAttempts(), 1));
        return !last.plus(wait).isAfter(now);
    }
}
