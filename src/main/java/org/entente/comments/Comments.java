package org.entente.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.identity.Accounts;
import org.entente.identity.SignedInUser;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.NotReadable;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comments on records: load the record as the reader may read it, ask {@link CommentText} whether
 * the text may be stored, store it with its label, audit it and tell others ({@link
 * CommentPosted}). Anyone who may read a record may comment on it: a comment is a remark beside the
 * record, not a change to it. A comment has its record's classification and audience, owned by the
 * author's nation (so that nation's writes — the comment, its versions, its search entry — pass
 * row-level security, as a partner's agenda item does), or, internal to the author's nation, the
 * record's classification for that nation alone.
 */
@Service
public class Comments {

    static final String POST = "comments.comment.post";
    static final String EDIT = "comments.comment.edit";

    /** A record's comments as its reader sees them. */
    public record Thread(CommentedRecords.Found record, List<Comment> comments) {}

    private final JdbcClient sql;
    private final CommentedRecords records;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Watching watching;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    Comments(
            JdbcClient sql,
            CommentedRecords records,
            Accounts accounts,
            AuditTrail audit,
            Watching watching,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.sql = sql;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.watching = watching;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The record's comments the reader may read, oldest first; nothing when the record is hidden. */
    public Optional<Thread> thread(Subject reader, String recordType, long recordId) {
        if (!CommentedRecords.commented(recordType)) {
            return Optional.empty();
        }
        return transaction.execute(status -> records.find(reader, recordType, recordId)
                .map(record -> new Thread(
                        record,
                        comments(
                                reader,
                                "c.record_type = :type and c.record_id = :record",
                                Map.of("type", recordType, "record", recordId)))));
    }

    /** One comment, if the reader may read both it and its record. */
    public Optional<Comment> find(Subject reader, long commentId) {
        return transaction.execute(status -> comments(reader, "c.id = :id", Map.of("id", commentId)).stream()
                .filter(c -> records.find(reader, c.recordType(), c.recordId()).isPresent())
                .findFirst());
    }

    /**
     * Whether the account may read the record as well as the one asking, who must (the question runs
     * under the asker's row-level security): whom a comment may mention.
     */
    boolean mayRead(Subject account, String recordType, long recordId) {
        return Boolean.TRUE.equals(transaction.execute(
                status -> records.find(account, recordType, recordId).isPresent()));
    }

    /** The page showing the comment's record, for a link to the comment. */
    Optional<String> pageOf(Subject reader, long commentId) {
        return transaction.execute(status -> comments(reader, "c.id = :id", Map.of("id", commentId)).stream()
                .flatMap(c -> records.find(reader, c.recordType(), c.recordId()).stream())
                .map(CommentedRecords.Found::url)
                .findFirst());
    }

    /**
     * Posts a comment: refused (nothing stored) when the text is empty, too long or carries direction
     * overrides, or mentions someone unknown or who may not read it.
     *
     * @throws NotReadable when the record is hidden from the author (404)
     * @throws Refused when the text or a mention is refused (422)
     */
    public Comment post(Subject author, String recordType, long recordId, String body, boolean internal) {
        if (!CommentedRecords.commented(recordType)) {
            throw new NotReadable(CommentedRecords.named(recordType), recordId);
        }
        return transaction.execute(status -> {
            CommentedRecords.Found record = records.find(author, recordType, recordId)
                    .orElseThrow(() -> new NotReadable(CommentedRecords.named(recordType), recordId));
            CommentText text = CommentText.of(body);
            Label label = internal
                    ? new Label(record.label().classification(), author.nation(), Set.of())
                    : record.label().recordedBy(author.nation());
            List<String> mentioned = mentionable(record, label, text.mentions());
            long id = sql.sql("""
                            insert into comments.comment (record_type, record_id, author, internal,
                                                          classification, owner_nation, releasable_to)
                            values (:type, :record, :author, :internal,
                                    :classification, :owner, cast(:releasableTo as char(3)[]))
                            returning id""")
                    .param("type", recordType)
                    .param("record", recordId)
                    .param("author", author.username())
                    .param("internal", internal)
                    .params(Labels.params(label))
                    .query(Long.class)
                    .single();
            addVersion(id, 1, text, label);
            addMentions(id, mentioned, label);
            watching.watchWhileWriting(author, recordType, recordId);
            events.publishEvent(new CommentPosted(id, recordType, recordId, author.username(), internal, mentioned));
            Comment posted = comments(author, "c.id = :id", Map.of("id", id)).get(0);
            // Its audit entry is appended by the trail just before the commit, after the search entry.
            audit.record(AuditEvent.success(POST, "comment", Long.toString(id), label)
                    .with("record", recordType + ":" + recordId)
                    .with("internal", Boolean.toString(internal))
                    .with("mentions", String.join(",", mentioned)));
            return posted;
        });
    }

    /**
     * Edits the author's own comment: the text becomes a new version, the earlier ones stay shown.
     *
     * @throws NotReadable when the comment or its record is hidden from the editor
     * @throws AccessDeniedException when the editor is not the author (403)
     * @throws Refused when the text or a mention is refused
     */
    public Comment edit(Subject editor, long commentId, String body) {
        return transaction.execute(status -> {
            Comment comment = comments(editor, "c.id = :id", Map.of("id", commentId)).stream()
                    .findFirst()
                    .orElseThrow(() -> new NotReadable("comment", commentId));
            CommentedRecords.Found record = records.find(editor, comment.recordType(), comment.recordId())
                    .orElseThrow(() -> new NotReadable("comment", commentId));
            if (!comment.byAuthor(editor.username())) {
                throw (AccessDeniedException) new AccessDeniedException("comments.error.notAuthor")
                        .on(EDIT, "comment", commentId, comment.label());
            }
            CommentText text = CommentText.of(body);
            List<String> mentioned = mentionable(record, comment.label(), text.mentions());
            int version = comment.current().number() + 1;
            List<String> before = sql.sql("select account from comments.mention where comment_id = :comment")
                    .param("comment", commentId)
                    .query(String.class)
                    .list();
            List<String> added =
                    mentioned.stream().filter(m -> !before.contains(m)).toList();
            addVersion(commentId, version, text, comment.label());
            addMentions(commentId, added, comment.label());
            audit.record(AuditEvent.success(EDIT, "comment", Long.toString(commentId), comment.label())
                    .with("record", comment.recordType() + ":" + comment.recordId())
                    .with("version", Integer.toString(version)));
            if (!added.isEmpty()) {
                events.publishEvent(new CommentMentionsAdded(
                        commentId, comment.recordType(), comment.recordId(), editor.username(), added));
            }
            return comments(editor, "c.id = :id", Map.of("id", commentId)).get(0);
        });
    }

    /** The accounts a comment mentions, each checked: it exists, is enabled and may read the comment. */
    private List<String> mentionable(CommentedRecords.Found record, Label label, Set<String> usernames) {
        List<String> found = new ArrayList<>();
        for (String username : usernames) {
            SignedInUser account = accounts.active(username)
                    .orElseThrow(
                            () -> Refused.field(CommentText.FIELD, "comments.error.mentionUnknown", "@" + username));
            if (!label.readableBy(account.nation(), account.clearance())
                    || records.find(account, record.type(), record.id()).isEmpty()) {
                throw Refused.field(CommentText.FIELD, "comments.error.mentionMayNotRead", "@" + username);
            }
            found.add(account.username());
        }
        return found;
    }

    private void addVersion(long commentId, int version, CommentText text, Label label) {
        sql.sql("""
                        insert into comments.comment_version (comment_id, version, body,
                                                              classification, owner_nation, releasable_to)
                        values (:comment, :version, :body, :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("comment", commentId)
                .param("version", version)
                .param("body", text.body())
                .params(Labels.params(label))
                .update();
    }

    private void addMentions(long commentId, List<String> usernames, Label label) {
        for (String username : usernames) {
            sql.sql("""
                            insert into comments.mention (comment_id, account, classification, owner_nation, releasable_to)
                            values (:comment, :account, :classification, :owner, cast(:releasableTo as char(3)[]))
                            on conflict do nothing""")
                    .param("comment", commentId)
                    .param("account", username)
                    .params(Labels.params(label))
                    .update();
        }
    }

    /** The comments matching {@code condition} (over {@code c}) the reader may read, with their versions. */
    private List<Comment> comments(Subject reader, String condition, Map<String, Object> params) {
        Map<Long, Comment> found = new LinkedHashMap<>();
        Map<Long, List<Comment.Version>> versions = new LinkedHashMap<>();
        record Row(Comment comment, Comment.Version version) {}
        sql.sql("""
                        select c.*, v.version, v.body, v.written_at
                          from comments.comment c join comments.comment_version v on v.comment_id = c.id
                         where %s and %s and %s
                         order by c.posted_at, c.id, v.version""".formatted(condition, AccessPolicy.readableBy("c"), AccessPolicy.readableBy("v")))
                .params(params)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new Row(comment(rs), version(rs)))
                .list()
                .forEach(row -> {
                    found.putIfAbsent(row.comment().id(), row.comment());
                    versions.computeIfAbsent(row.comment().id(), id -> new ArrayList<>())
                            .add(row.version());
                });
        return found.values().stream()
                .map(c -> new Comment(
                        c.id(),
                        c.recordType(),
                        c.recordId(),
                        c.author(),
                        c.internal(),
                        c.postedAt(),
                        c.label(),
                        versions.get(c.id())))
                .toList();
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getString("record_type"),
                rs.getLong("record_id"),
                rs.getString("author"),
                rs.getBoolean("internal"),
                instant(rs, "posted_at"),
                Labels.read(rs),
                List.of(new Comment.Version(0, "", Instant.EPOCH)));
    }

    private static Comment.Version version(ResultSet rs) throws SQLException {
        return new Comment.Version(rs.getInt("version"), rs.getString("body"), instant(rs, "written_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
