package org.entente.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.identity.Readers;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session invitations: the delegates who have an account receive an iCalendar invitation by mail
 * ({@code METHOD:REQUEST}), again with the next {@code SEQUENCE} whenever the session's dates, place
 * or status change, and {@code METHOD:CANCEL} when it is cancelled; one UID per session, the
 * calendar feed's. A delegate added later receives the current sequence. What each mail says is
 * read when it goes, as its recipient ({@link InvitationMail}), under the mail cap.
 */
@Component
class Invitations {

    /** A session as an invitation tells it. */
    record Session(
            long id,
            long committeeId,
            int number,
            LocalDate start,
            LocalDate end,
            LocalizedText city,
            LocalizedText venue,
            String status,
            LocalizedText committee,
            Label label) {

        boolean cancelled() {
            return "CANCELLED".equals(status);
        }

        String uid() {
            return "session-" + committeeId + "-" + number;
        }

        String href() {
            return "/committees/" + committeeId + "/sessions/" + number;
        }

        /** What an invitation says of it, as a digest: a change of any sends the next sequence. */
        String digest() {
            String said = String.join("|", start.toString(), end.toString(), json(city), json(venue), status);
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(said.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        private static String json(LocalizedText text) {
            return text == null ? "" : text.toJson();
        }
    }

    /**
     * The advisory lock space (the two-key form, apart from the one-key locks of the audit trail)
     * under which a session's invitations are decided, one listener at a time; the session's id is
     * the second key (two sessions sharing a key, beyond 2^31, only wait for each other).
     */
    static final int INVITATION_LOCKS = 18_331;

    private final JdbcClient sql;
    private final SystemScope scope;
    private final Readers readers;
    private final MailQueue mails;
    private final Clock clock;

    Invitations(JdbcClient sql, SystemScope scope, Readers readers, MailQueue mails, Clock clock) {
        this.sql = sql;
        this.scope = scope;
        this.readers = readers;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * After a write of a session commits: a new or changed session takes the next sequence; its
     * delegates with an account, who may read it and want mail, are sent the invitation at the
     * current sequence unless they had it (a write that changes nothing sends nothing).
     */
    @ApplicationModuleListener
    void on(SessionTouched touched) {
        if (!mails.enabled()) {
            return;
        }
        scope.as(touched.nation(), system -> {
            // One listener of a session at a time, and each reads the session only once the one
            // before has committed: otherwise a listener that read the session before a change could
            // store its stale digest after a later listener stored the new one, and each would look
            // like a change (the same invitation sent again with the next SEQUENCE). The outbox has
            // two threads, and a write of a session may set off two listeners at once.
            sql.sql("select pg_advisory_xact_lock(:space, cast(:session % 2147483647 as integer)) is not null")
                    .param("space", INVITATION_LOCKS)
                    .param("session", touched.sessionId())
                    .query(Boolean.class)
                    .single();
            read(system, touched.sessionId())
                    .filter(session -> !session.end().isBefore(LocalDate.now(clock)))
                    .ifPresent(session -> invite(system, session));
            return null;
        });
    }

    private void invite(Subject system, Session session) {
        String digest = session.digest();
        Optional<Integer> before = sql.sql("select sequence from notifications.invitation where session_id = :id")
                .param("id", session.id())
                .query(Integer.class)
                .optional();
        if (before.isEmpty() && session.cancelled()) {
            return;
        }
        int sequence = sql.sql("""
                        insert into notifications.invitation (session_id, sequence, digest) values (:id, 0, :digest)
                        on conflict (session_id) do update
                           set sequence = notifications.invitation.sequence + 1, digest = excluded.digest, changed_at = now()
                         where notifications.invitation.digest <> excluded.digest
                        returning sequence""")
                .param("id", session.id())
                .param("digest", digest)
                .query(Integer.class)
                .optional()
                .orElseGet(before::orElseThrow);
        List<String> delegates = sql.sql("""
                        select lower(a.username) from identity.account a
                         where a.enabled and a.person_id in (select d.person_id from committees.delegate d
                                                              where d.session_id = :id and %s)""".formatted(AccessPolicy.readableBy("d")))
                .param("id", session.id())
                .params(AccessPolicy.readerParams(system))
                .query(String.class)
                .list();
        List<String> recipients = readers.of(session.label()).stream()
                .map(reader -> reader.username().toLowerCase(java.util.Locale.ROOT))
                .filter(delegates::contains)
                .toList();
        if (recipients.isEmpty()) {
            return;
        }
        String detail = session.id() + ":" + sequence + ":" + (session.cancelled() ? "CANCEL" : "REQUEST");
        sql.sql("""
                        insert into notifications.mail (recipient, kind, detail)
                        select r, 'INVITATION', :detail
                          from unnest(cast(:recipients as text[])) as r
                          join notifications.mail_setting m on m.username = r
                         where m.address is not null and m.choice <> 'NONE'
                        on conflict do nothing""")
                .param("detail", detail)
                .param("recipients", recipients.toArray(String[]::new))
                .update();
    }

    /** The session, if the reader may read it and its committee. */
    @Transactional(readOnly = true)
    Optional<Session> read(Subject reader, long sessionId) {
        return sql.sql("""
                        select s.id, s.committee_id, s.number, s.start_date, s.end_date, s.city, s.venue, s.status,
                               c.name, s.classification, s.owner_nation, s.releasable_to,
                               c.classification as c_classification, c.owner_nation as c_owner_nation,
                               c.releasable_to as c_releasable_to
                          from committees.session s join committees.committee c on c.id = s.committee_id
                         where s.id = :id and %s and %s""".formatted(AccessPolicy.readableBy("s"), AccessPolicy.readableBy("c")))
                .param("id", sessionId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new Session(
                        rs.getLong("id"),
                        rs.getLong("committee_id"),
                        rs.getInt("number"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        LocalizedText.fromJson(rs.getString("city")),
                        rs.getString("venue") == null ? null : LocalizedText.fromJson(rs.getString("venue")),
                        rs.getString("status"),
                        LocalizedText.fromJson(rs.getString("name")),
                        Label.highWaterMark(
                                rs.getString("owner_nation"), List.of(Labels.read(rs), Labels.read(rs, "c_")))))
                .optional();
    }
}
