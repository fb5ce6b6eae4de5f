package org.entente.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.identity.Accounts;
import org.entente.identity.SignedInUser;
import org.entente.shared.CalendarEntry;
import org.entente.shared.CalendarSource;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each user's calendar feeds: made and revoked by their owner, read by calendar programs without
 * a session. A feed reads as its owner does today (nation, clearance, still enabled), never above
 * the classification chosen for it, which the instance caps ({@code entente.calendar.max-classification},
 * UNCLASSIFIED unless set: a feed leaves the system).
 */
@Service
public class CalendarFeeds {

    /** How far back and ahead a feed reaches. */
    static final int MONTHS_BACK = 12;

    static final int MONTHS_AHEAD = 24;

    /** A feed as its owner sees it in the list. */
    public record Feed(long id, Classification maxClassification, Instant createdAt, Instant lastUsedAt) {}

    /** What a feed answers: the iCalendar text and the language it is written in. */
    record Published(String ics, Locale locale) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient sql;
    private final TransactionTemplate transaction;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final List<CalendarSource> sources;
    private final FeedWriter writer;
    private final Classification cap;
    private final Clock clock;

    CalendarFeeds(
            JdbcClient sql,
            TransactionTemplate transaction,
            Accounts accounts,
            AuditTrail audit,
            List<CalendarSource> sources,
            FeedWriter writer,
            @Value("${entente.calendar.max-classification:UNCLASSIFIED}") Classification cap) {
        this.sql = sql;
        this.transaction = transaction;
        this.accounts = accounts;
        this.audit = audit;
        this.sources = sources;
        this.writer = writer;
        this.cap = cap;
        this.clock = Clock.systemDefaultZone();
    }

    /** A refusal of the level; its message begins with the field's name in the reader's language. */
    private static Refused levelRefused(String messageKey) {
        return Refused.field(
                "maxClassification", messageKey, new DefaultMessageSourceResolvable("calendar.feeds.level"));
    }

    /** The highest classification a feed of this subject may carry. */
    public Classification highestFor(Subject subject) {
        List<Classification> levels = levelsFor(subject);
        return levels.get(levels.size() - 1);
    }

    /**
     * The levels a feed of this subject may carry, lowest first: never above their own clearance
     * (the access policy's rule) nor the instance's cap.
     */
    public List<Classification> levelsFor(Subject subject) {
        return AccessPolicy.classificationsFor(subject).stream()
                .filter(level -> level.compareTo(cap) <= 0)
                .toList();
    }

    /**
     * Makes a feed and answers its secret, which is kept nowhere (only its hash): the caller shows
     * it once.
     *
     * @throws Refused of {@code maxClassification} when there is no level, or one above what the
     *     subject's feeds may carry
     */
    public String create(Subject owner, Classification maxClassification) {
        if (maxClassification == null) {
            throw levelRefused("calendar.feed.levelRequired");
        }
        if (!levelsFor(owner).contains(maxClassification)) {
            throw levelRefused("calendar.feed.tooHigh");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        transaction.executeWithoutResult(status -> {
            long id = sql.sql("""
                            insert into calendar.feed (username, secret_hash, max_classification)
                            values (:username, :hash, :level) returning id""")
                    .param("username", owner.username())
                    .param("hash", sha256(secret))
                    .param("level", maxClassification.ordinal())
                    .query(Long.class)
                    .single();
            audit.record(AuditEvent.success("calendar.feed.create", "calendar-feed", Long.toString(id), null)
                    .with("maxClassification", maxClassification.name()));
        });
        return secret;
    }

    /** The subject's feeds that still answer, newest first. */
    public List<Feed> of(Subject owner) {
        return sql.sql("""
                        select id, max_classification, created_at, last_used_at from calendar.feed
                         where lower(username) = lower(:username) and revoked_at is null
                         order by created_at desc, id desc""")
                .param("username", owner.username())
                .query((rs, n) -> new Feed(
                        rs.getLong("id"),
                        Classification.values()[rs.getInt("max_classification")],
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .list();
    }

    /** Revokes one of the subject's own feeds; false when it has none such. */
    public boolean revoke(Subject owner, long id) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int changed = sql.sql("""
                            update calendar.feed set revoked_at = now()
                             where id = :id and lower(username) = lower(:username) and revoked_at is null""")
                    .param("id", id)
                    .param("username", owner.username())
                    .update();
            if (changed == 1) {
                audit.record(AuditEvent.success("calendar.feed.revoke", "calendar-feed", Long.toString(id), null));
            }
            return changed == 1;
        }));
    }

    /**
     * The feed behind a secret, as its owner may read it today; nothing when the secret is
     * unknown or revoked, or the owner's account is disabled. Every answer is an export: audited.
     */
    Optional<Published> publish(String secret, String baseUrl) {
        record Stored(long id, String username, Classification max) {}
        Optional<Stored> feed = sql.sql("""
                        select id, username, max_classification from calendar.feed
                         where secret_hash = :hash and revoked_at is null""")
                .param("hash", sha256(secret))
                .query((rs, n) -> new Stored(
                        rs.getLong("id"),
                        rs.getString("username"),
                        Classification.values()[rs.getInt("max_classification")]))
                .optional();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignedInUser> account = accounts.active(feed.get().username());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        SignedInUser owner = account.get();
        // Never above the owner's clearance today, the instance's cap, or the feed's level.
        Classification level = highestFor(owner);
        if (feed.get().max().compareTo(level) < 0) {
            level = feed.get().max();
        }
        var reader = new SystemSubject(owner.username(), owner.nation(), level);
        Locale locale = new Locale(owner.language(), Nations.region(owner.nation()));
        LocalDate today = LocalDate.now(clock);
        String ics = reader.run(() -> transaction.execute(status -> {
            var entries = new ArrayList<CalendarEntry>();
            for (CalendarSource source : sources) {
                entries.addAll(
                        source.calendarEntries(reader, today.minusMonths(MONTHS_BACK), today.plusMonths(MONTHS_AHEAD)));
            }
            entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::uid));
            List<FeedWriter.Event> events = withSequences(entries);
            sql.sql("update calendar.feed set last_used_at = now() where id = :id")
                    .param("id", feed.get().id())
                    .update();
            audit.record(AuditEvent.read(
                            "calendar.feed.export",
                            "calendar-feed",
                            Long.toString(feed.get().id()),
                            Label.highWaterMark(
                                    owner.nation(),
                                    entries.stream().map(CalendarEntry::label).toList()))
                    .with("events", Integer.toString(entries.size())));
            return writer.write(events, locale, baseUrl);
        }));
        return Optional.of(new Published(ics, locale));
    }

    /**
     * The entries with the SEQUENCE calendar programs compare: each grows by one when what the
     * feeds publish of its entry changes. Two statements for the whole feed, whatever its size.
     */
    private List<FeedWriter.Event> withSequences(List<CalendarEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        String[] uids = entries.stream().map(CalendarEntry::uid).toArray(String[]::new);
        String[] hashes = entries.stream()
                .map(entry -> HexFormat.of()
                        .formatHex(sha256(String.join(
                                "\u0000",
                                entry.start().toString(),
                                entry.end().toString(),
                                entry.title().toJson(),
                                Integer.toString(entry.number()),
                                entry.place() == null ? "" : entry.place().toJson(),
                                Boolean.toString(entry.cancelled()),
                                entry.label().toString()))))
                .toArray(String[]::new);
        sql.sql("""
                        insert into calendar.published (uid, content_hash)
                        select uid, decode(hash, 'hex')
                          from unnest(cast(:uids as text[]), cast(:hashes as text[])) as incoming (uid, hash)
                        on conflict (uid) do update
                           set content_hash = excluded.content_hash,
                               sequence = calendar.published.sequence + 1,
                               changed_at = now()
                         where calendar.published.content_hash <> excluded.content_hash""").param("uids", uids).param("hashes", hashes).update();
        Map<String, Integer> sequences = new HashMap<>();
        sql.sql("select uid, sequence from calendar.published where uid = any(cast(:uids as text[]))")
                .param("uids", uids)
                .query((rs, n) -> sequences.put(rs.getString("uid"), rs.getInt("sequence")))
                .list();
        return entries.stream()
                .map(entry -> new FeedWriter.Event(entry, sequences.get(entry.uid())))
                .toList();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
