package org.entente.notifications;

import java.util.List;
import java.util.Locale;
import org.entente.shared.Subject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails waiting to go out, queued in the transaction that stores their notifications (so an SMTP
 * server that is down never fails a write) and sent by {@link MailDelivery}. Each account chooses:
 * every notification at once ({@code IMMEDIATE}, the default), one digest a day, or none.
 */
@Component
class MailQueue {

    private final JdbcClient sql;
    private final boolean enabled;

    MailQueue(JdbcClient sql, @Value("${spring.mail.host:}") String host) {
        this.sql = sql;
        this.enabled = !host.isBlank();
    }

    boolean enabled() {
        return enabled;
    }

    /** Queues a mail for each notification whose recipient wants them at once. */
    @Transactional
    void enqueue(List<NotificationStore.Stored> stored) {
        if (!enabled || stored.isEmpty()) {
            return;
        }
        sql.sql("""
                        insert into notifications.mail (recipient, notification_id, kind)
                        select s.recipient, s.id, 'NOTICE'
                          from unnest(cast(:ids as bigint[]), cast(:recipients as text[])) as s (id, recipient)
                          join notifications.mail_setting c on c.username = s.recipient
                         where c.choice = 'IMMEDIATE' and c.address is not null
                        on conflict do nothing""")
                .param("ids", stored.stream().map(NotificationStore.Stored::id).toArray(Long[]::new))
                .param(
                        "recipients",
                        stored.stream().map(NotificationStore.Stored::recipient).toArray(String[]::new))
                .update();
    }

    /** Queues one digest per account that chose a daily one and has unread notifications since the last. */
    @Transactional
    int queueDigests(java.time.LocalDate day) {
        if (!enabled) {
            return 0;
        }
        return sql.sql("""
                        insert into notifications.mail (recipient, kind, detail)
                        select c.username, 'DIGEST', :day from notifications.mail_setting c
                         where c.choice = 'DAILY' and c.address is not null
                        on conflict do nothing""").param("day", day.toString()).update();
    }

    /** The addresses of those of the accounts (lower-case names) that gave one, by lower-case name. */
    @Transactional(readOnly = true)
    java.util.Map<String, String> addressesOf(java.util.Collection<String> usernames) {
        var found = new java.util.HashMap<String, String>();
        sql.sql("""
                        select username, address from notifications.mail_setting
                         where username = any (cast(:names as text[])) and address is not null""")
                .param(
                        "names",
                        usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
                });
        return found;
    }

    @Transactional(readOnly = true)
    MailSetting settingOf(String username) {
        return sql.sql("select address, choice from notifications.mail_setting where username = :me")
                .param("me", username.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new MailSetting(rs.getString(1), MailChoice.valueOf(rs.getString(2))))
                .optional()
                .orElse(MailSetting.NONE);
    }

    @Transactional
    void choose(Subject subject, MailSetting setting) {
        sql.sql("""
                        insert into notifications.mail_setting (username, address, choice) values (:me, :address, :choice)
                        on conflict (username) do update set address = excluded.address, choice = excluded.choice""")
                .param("me", subject.username().toLowerCase(Locale.ROOT))
                .param("address", setting.address())
                .param("choice", setting.choice().name())
                .update();
    }
}
