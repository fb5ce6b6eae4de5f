package org.entente.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.entente.identity.Readers;
import org.entente.shared.Labels;
import org.entente.shared.OptionalTexts;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications as stored: one row per recipient under the record's label. Written by the system
 * as the label's owner nation ({@link SystemScope}); read and marked read by their recipient, whom
 * row-level security lets see only what they may read.
 */
@Component
class NotificationStore {

    /**
     * A notification is shown, counted and mailed only while its recipient may still read its record:
     * re-checked on read by row-level security on the record's own table, so a relabel by any path
     * hides it at once and its waiting mail is dropped. Over the notifications aliased {@code n}. The
     * rule is spelled once, in the database ({@code notifications.record_readable}, V830: one
     * primary-key probe per kind, which PostgreSQL inlines into the statement); this only asks it.
     */
    static final String STILL_READABLE =
            "exists (select from notifications.record_readable(n.record_type, n.record_id))";

    /** A notification just stored, and for whom. */
    record Stored(long id, String recipient) {}

    private final JdbcClient sql;
    private final SystemScope scope;

    NotificationStore(JdbcClient sql, SystemScope scope) {
        this.sql = sql;
        this.scope = scope;
    }

    /**
     * Stores the notice for each of the readers who may read its record (the others are dropped,
     * whoever asked for them: a reader's nation and clearance are checked against the notice's
     * label), once: a notice stored before under the same key is not stored again. One statement
     * for all of them.
     *
     * @param candidates enabled accounts, as {@link Readers} answers them
     * @return the notifications stored now, for the mails they may need
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Stored> deliver(Notice notice, Collection<Readers.Reader> candidates) {
        List<String> recipients = candidates.stream()
                .filter(r -> notice.label().readableBy(r.nation(), r.clearance()))
                .map(r -> r.username().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        if (recipients.isEmpty()) {
            return List.of();
        }
        return scope.as(
                notice.label().owner(),
                system -> sql.sql("""
                        insert into notifications.notification (recipient, kind, record_type, record_id, href, title,
                                                                excerpt, dedupe_key, classification, owner_nation, releasable_to, actor)
                        select r, :kind, :type, :record, :href, cast(:title as jsonb), cast(:excerpt as jsonb), :key,
                               :classification, :owner, cast(:releasableTo as char(3)[]), cast(:actor as text)
                          from unnest(cast(:recipients as text[])) as r
                        on conflict (recipient, dedupe_key) do nothing
                        returning id, recipient""")
                        .param("kind", notice.kind().name())
                        .param("type", notice.recordType().spelled())
                        .param("record", notice.recordId())
                        .param("href", notice.href())
                        .param("title", OptionalTexts.write(notice.title()))
                        .param("excerpt", OptionalTexts.write(notice.excerpt()))
                        .param("key", notice.key())
                        .param(
                                "actor",
                                notice.actor() == null ? null : notice.actor().toLowerCase(Locale.ROOT))
                        .params(Labels.params(notice.label()))
                        .param("recipients", recipients.toArray(String[]::new))
                        .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("recipient")))
                        .list());
    }

    @Transactional(readOnly = true)
    int unread(Subject reader) {
        return sql.sql(
                        "select count(*) from notifications.notification n where recipient = :me and read_at is null and "
                                + STILL_READABLE)
                .param("me", me(reader))
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    long count(Subject reader) {
        return sql.sql("select count(*) from notifications.notification n where recipient = :me and " + STILL_READABLE)
                .param("me", me(reader))
                .query(Long.class)
                .single();
    }

    /** The reader's notifications, newest first. */
    @Transactional(readOnly = true)
    List<Notification> page(Subject reader, int offset, int limit) {
        return sql.sql("""
                        select * from notifications.notification n where recipient = :me and %s
                         order by created_at desc, id desc offset :offset limit :limit""".formatted(STILL_READABLE))
                .param("me", me(reader))
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> notification(rs))
                .list();
    }

    /**
     * The notifications of the reader's among {@code ids} they may still read (mails about to go out),
     * by id, in one statement.
     */
    @Transactional(readOnly = true)
    java.util.Map<Long, Notification> mine(Subject reader, Collection<Long> ids) {
        var found = new java.util.HashMap<Long, Notification>();
        sql.sql(
                        "select * from notifications.notification n where recipient = :me and id = any (cast(:ids as bigint[])) and "
                                + STILL_READABLE)
                .param("me", me(reader))
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> notification(rs))
                .list()
                .forEach(n -> found.put(n.id(), n));
        return found;
    }

    /** The reader's unread notifications since a moment (a daily digest), oldest first. */
    @Transactional(readOnly = true)
    List<Notification> unreadSince(Subject reader, Instant since) {
        return sql.sql("""
                        select * from notifications.notification n
                         where recipient = :me and read_at is null and created_at >= :since and %s
                         order by created_at, id""".formatted(STILL_READABLE))
                .param("me", me(reader))
                .param("since", since.atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> notification(rs))
                .list();
    }

    /**
     * Marks the reader's notifications read: those listed, or all of them when none is listed.
     *
     * @return how many changed
     */
    @Transactional
    int markRead(Subject reader, List<Long> ids) {
        return sql.sql("""
                        update notifications.notification set read_at = now()
                         where recipient = :me and read_at is null
                           and (cardinality(cast(:ids as bigint[])) = 0 or id = any (cast(:ids as bigint[])))""")
                .param("me", me(reader))
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }

    private static Notification notification(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Notification(
                rs.getLong("id"),
                NotificationKind.valueOf(rs.getString("kind")),
                // Only kinds the catalogue knows are readable (STILL_READABLE), so only they are read.
                RecordType.spelled(rs.getString("record_type")).orElseThrow(),
                rs.getLong("record_id"),
                rs.getString("href"),
                OptionalTexts.read(rs.getString("title")),
                OptionalTexts.read(rs.getString("excerpt")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("read_at") != null,
                Labels.read(rs),
                rs.getString("actor"));
    }

    private static String me(Subject reader) {
        return reader.username().toLowerCase(Locale.ROOT);
    }
}
