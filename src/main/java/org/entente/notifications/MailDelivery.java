package org.entente.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.identity.Accounts;
import org.entente.identity.SignedInUser;
import org.entente.shared.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
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
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 200;

    /** A waiting mail as the queue holds it. */
    record Waiting(long id, String recipient, Long notificationId, String kind, String detail, int attempts) {}

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
            for (Waiting mail : due) {
                try {
                    if (send(sender, mail)) {
                        sent++;
                    }
                } catch (MailException | MessagingException refused) {
                    retryLater(mail, refused);
                    if (refused instanceof org.springframework.mail.MailSendException) {
                        // The server is down: the rest would fail the same way; they wait for the next run.
                        return sent;
                    }
                }
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

    /** Sends one mail, or drops it when there is nothing its recipient may still be told. */
    private boolean send(JavaMailSender sender, Waiting mail) throws MessagingException {
        Optional<SignedInUser> account = accounts.active(mail.recipient());
        String address = queue.settingOf(mail.recipient()).address();
        if (account.isEmpty() || address == null) {
            mark(mail, "DROPPED", null);
            return false;
        }
        SignedInUser user = account.get();
        Optional<MailContent.Mail> written = as(user, () -> write(user, address, mail));
        if (written.isEmpty()) {
            mark(mail, "DROPPED", null);
            return false;
        }
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(address);
        helper.setSubject(written.get().subject());
        helper.setText(written.get().text(), written.get().html());
        if (written.get().calendar() != null) {
            String method = mail.detail().endsWith("CANCEL") ? "CANCEL" : "REQUEST";
            helper.addAttachment(
                    "invitation.ics",
                    new jakarta.mail.util.ByteArrayDataSource(
                            written.get().calendar().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            "text/calendar; charset=UTF-8; method=" + method));
        }
        sender.send(message);
        mark(mail, "SENT", null);
        return true;
    }

    private Optional<MailContent.Mail> write(SignedInUser user, String address, Waiting mail) {
        return switch (mail.kind()) {
            case "NOTICE" -> store.mine(user, mail.notificationId()).map(n -> content.notice(user, n));
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

    private void mark(Waiting mail, String status, String error) {
        transactions.executeWithoutResult(tx -> sql.sql("""
                        update notifications.mail set status = :status, sent_at = case when :status = 'SENT' then now() end,
                               attempts = attempts + 1, last_error = :error
                         where id = :id""")
                .param("status", status)
                .param("error", error)
                .param("id", mail.id())
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
