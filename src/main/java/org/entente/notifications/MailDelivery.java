package org.entente.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.identity.Accounts;
import org.entente.identity.SignedInUser;
import org.entente.shared.Classification;
import org.entente.shared.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the waiting mails. Each is checked again when it goes: the account must still be enabled,
 * and the notification is read as its recipient, so that a relabelled record or a disabled account
 * sends nothing (the mail is dropped). An SMTP server that is down or refuses leaves the mail
 * waiting, tried again after 30 s, 1 min, 2 min… up to {@code entente.mail.max-wait}.
 *
 * <p>Batch by batch: each recipient's account, address and notices are read once per batch (one
 * statement each, not one transaction per mail), a notice's body is written once for all the
 * recipients who would read the same words (same language, nation and clearance: a comment's ten
 * watchers), the mails go out over one SMTP connection per {@value #PER_CONNECTION}, and those sent
 * are marked in one statement.
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 200;

    /**
     * Mails sent over one SMTP connection, then marked sent: a crash in between sends at most these
     * again.
     */
    static final int PER_CONNECTION = 50;

    /** A waiting mail as the queue holds it. */
    record Waiting(long id, String recipient, Long notificationId, String kind, String detail, int attempts) {}

    /** A mail written, with the message that carries it. */
    private record Ready(Waiting mail, MimeMessage message) {}

    /**
     * What makes two notices' mails say the same words: the reader's language and rights (the names
     * a comment's mentions show), and the notice but for whose and when it is.
     */
    private record Words(String language, String nation, Classification clearance, Notification notice) {

        static Words of(SignedInUser reader, Notification n) {
            return new Words(
                    reader.language(),
                    reader.nation(),
                    reader.clearance(),
                    new Notification(
                            0,
                            n.kind(),
                            n.recordType(),
                            n.recordId(),
                            n.href(),
                            n.title(),
                            n.excerpt(),
                            Instant.EPOCH,
                            false,
                            n.label(),
                            null));
        }
    }

    private final JdbcClient sql;
    private final TransactionTemplate transactions;
    private final Accounts accounts;
    private final NotificationStore store;
    private final MailContent content;
    private final MailProperties properties;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailQueue queue;
    private final InvitationMail invitations;

    MailDelivery(
            JdbcClient sql,
            TransactionTemplate transactions,
            Accounts accounts,
            NotificationStore store,
            MailContent content,
            MailProperties properties,
            ObjectProvider<JavaMailSender> smtp,
            MailQueue queue,
            InvitationMail invitations) {
        this.sql = sql;
        this.transactions = transactions;
        this.accounts = accounts;
        this.store = store;
        this.content = content;
        this.properties = properties;
        this.smtp = smtp;
        this.queue = queue;
        this.invitations = invitations;
    }

    @Scheduled(fixedDelayString = "${entente.mail.poll:10s}", initialDelayString = "${entente.mail.poll:10s}")
    @OncePerCluster(name = "mail-delivery")
    void scheduled() {
        drain();
    }

    /**
     * Sends every mail that is due, batch after batch, until none is due or the SMTP server refuses.
     *
     * @return how many went out
     */
    synchronized int drain() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            List<Waiting> due = due();
            if (due.isEmpty()) {
                return sent;
            }
            List<Ready> ready = write(sender, due);
            for (int from = 0; from < ready.size(); from += PER_CONNECTION) {
                int went = send(sender, ready.subList(from, Math.min(from + PER_CONNECTION, ready.size())));
                if (went < 0) {
                    // The server is down: the rest would fail the same way; they wait for the next run.
                    return sent;
                }
                sent += went;
            }
        }
    }

    private List<Waiting> due() {
        return transactions.execute(status -> sql.sql("""
                        select id, recipient, notification_id, kind, detail, attempts from notifications.mail
                         where status = 'WAITING' and next_attempt_at <= now()
                         order by next_attempt_at, id limit :batch""")
                .param("batch", BATCH)
                .query((rs, n) -> new Waiting(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        (Long) rs.getObject("notification_id"),
                        rs.getString("kind"),
                        rs.getString("detail"),
                        rs.getInt("attempts")))
                .list());
    }

    /**
     * Writes the batch's mails, recipient by recipient; drops (in one statement) those with nothing
     * their recipient may still be told, and leaves for later those that could not be written.
     */
    private List<Ready> write(JavaMailSender sender, List<Waiting> due) {
        Map<String, List<Waiting>> byRecipient = new LinkedHashMap<>();
        due.forEach(mail -> byRecipient
                .computeIfAbsent(mail.recipient(), r -> new ArrayList<>())
                .add(mail));
        Map<String, String> addresses = queue.addressesOf(byRecipient.keySet());
        Map<Words, MailContent.Mail> written = new HashMap<>();
        List<Ready> ready = new ArrayList<>();
        List<Long> dropped = new ArrayList<>();
        byRecipient.forEach((recipient, mails) -> {
            Optional<SignedInUser> account = accounts.active(recipient);
            String address = addresses.get(recipient.toLowerCase(Locale.ROOT));
            if (account.isEmpty() || address == null) {
                mails.forEach(mail -> dropped.add(mail.id()));
                return;
            }
            SignedInUser user = account.get();
            List<Long> noticeIds = mails.stream()
                    .filter(mail -> "NOTICE".equals(mail.kind()) && mail.notificationId() != null)
                    .map(Waiting::notificationId)
                    .toList();
            Map<Long, Notification> notices =
                    noticeIds.isEmpty() ? Map.of() : as(user, () -> store.mine(user, noticeIds));
            for (Waiting mail : mails) {
                Optional<MailContent.Mail> words = "NOTICE".equals(mail.kind())
                        ? Optional.ofNullable(notices.get(mail.notificationId()))
                                .map(n -> written.computeIfAbsent(Words.of(user, n), w -> content.notice(user, n)))
                        : as(user, () -> write(user, address, mail));
                if (words.isEmpty()) {
                    dropped.add(mail.id());
                    continue;
                }
                try {
                    ready.add(new Ready(mail, message(sender, address, words.get(), mail)));
                } catch (MessagingException | MailException refused) {
                    retryLater(mail, refused);
                }
            }
        });
        mark(dropped, "DROPPED");
        return ready;
    }

    private MimeMessage message(JavaMailSender sender, String address, MailContent.Mail written, Waiting mail)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(address);
        helper.setSubject(written.subject());
        helper.setText(written.text(), written.html());
        if (written.calendar() != null) {
            String method = mail.detail().endsWith("CANCEL") ? "CANCEL" : "REQUEST";
            helper.addAttachment(
                    "invitation.ics",
                    new jakarta.mail.util.ByteArrayDataSource(
                            written.calendar().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            "text/calendar; charset=UTF-8; method=" + method));
        }
        return message;
    }

    /**
     * Sends the mails over one connection and marks those that went in one statement; those the
     * server refused wait to be tried again.
     *
     * @return how many went, or -1 when none did because the server could not be reached
     */
    private int send(JavaMailSender sender, List<Ready> mails) {
        Map<Object, Exception> failed;
        boolean unreachable = false;
        try {
            sender.send(mails.stream().map(Ready::message).toArray(MimeMessage[]::new));
            failed = Map.of();
        } catch (MailSendException refused) {
            failed = refused.getFailedMessages();
            unreachable = refused.getFailedMessages().size() == mails.size();
        } catch (MailException refused) {
            failed = new HashMap<>();
            for (Ready mail : mails) {
                failed.put(mail.message(), refused);
            }
            unreachable = true;
        }
        List<Long> sent = new ArrayList<>();
        for (Ready mail : mails) {
            Exception refused = failed.get(mail.message());
            if (refused == null) {
                sent.add(mail.mail().id());
            } else {
                retryLater(mail.mail(), refused);
            }
        }
        mark(sent, "SENT");
        return unreachable ? -1 : sent.size();
    }

    private Optional<MailContent.Mail> write(SignedInUser user, String address, Waiting mail) {
        return switch (mail.kind()) {
            case "DIGEST" -> {
                Instant since = LocalDate.parse(mail.detail())
                        .minusDays(1)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant();
                var unread = store.unreadSince(user, since);
                yield unread.isEmpty() ? Optional.empty() : Optional.of(content.digest(user, unread));
            }
            case "INVITATION" -> invitations.write(user, address, mail.detail());
            default -> Optional.empty();
        };
    }

    private void retryLater(Waiting mail, Exception refused) {
        int attempts = mail.attempts() + 1;
        Duration wait = properties.backoff(attempts);
        LOG.warn("Mail {} not sent (attempt {}), next in {}: {}", mail.id(), attempts, wait, refused.getMessage());
        transactions.executeWithoutResult(status -> sql.sql("""
                        update notifications.mail
                           set attempts = :attempts, next_attempt_at = :next, last_error = left(:error, 500)
                         where id = :id""")
                .param("attempts", attempts)
                .param("next", OffsetDateTime.now().plus(wait))
                .param("error", String.valueOf(refused.getMessage()))
                .param("id", mail.id())
                .update());
    }

    /** Marks the mails sent or dropped, in one statement. */
    private void mark(List<Long> ids, String status) {
        if (ids.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> sql.sql("""
                        update notifications.mail set status = :status, sent_at = case when :status = 'SENT' then now() end,
                               attempts = attempts + 1, last_error = null
                         where id = any (cast(:ids as bigint[]))""")
                .param("status", status)
                .param("ids", ids.toArray(Long[]::new))
                .update());
    }

    /** Runs the work as the recipient, so that row-level security reads for them. */
    private static <T> T as(SignedInUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
