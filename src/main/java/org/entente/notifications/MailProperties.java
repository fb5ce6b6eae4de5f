package org.entente.notifications;

import java.time.Duration;
import org.entente.shared.Classification;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail (docs/operations.md): off unless {@code spring.mail.host} is set.
 *
 * @param maxClassification the highest classification whose title and text a mail may carry: an
 *     e-mail leaves the system, so above it the mail says only that something happened, with the link
 * @param from the sender's address
 * @param baseUrl the address users reach Entente at, for the links in mails
 * @param poll how often waiting mails are sent
 * @param maxWait the longest wait between two attempts at a mail the SMTP server refused
 */
@ConfigurationProperties("entente.mail")
record MailProperties(
        @DefaultValue("UNCLASSIFIED") Classification maxClassification,
        @DefaultValue("entente@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("10s") Duration poll,
        @DefaultValue("1h") Duration maxWait) {

    /** The wait before attempt number {@code attempts + 1}: 30 s, doubling, at most {@code maxWait}. */
    Duration backoff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 20);
        return seconds > maxWait.toSeconds() ? maxWait : Duration.ofSeconds(seconds);
    }

    /** Whether a mail may carry the title and text of a record at this classification. */
    boolean mayCarry(Classification classification) {
        return maxClassification.dominates(classification);
    }
}
