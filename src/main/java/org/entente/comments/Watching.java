package org.entente.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.identity.Readers;
import org.entente.identity.SignedInUser;
import org.entente.shared.Classification;
import org.entente.shared.NotReadable;
import org.entente.shared.ReaderSettings;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who watches which record: one watches what one writes (creates, proposes, approves) or comments
 * on, and may watch or stop watching any record one may read; a committee's members may watch the
 * whole committee. Whether a watcher may still read the record is asked each time ({@link
 * #watchersOf}), never stored: a relabel or a disabled account stops the news at once.
 */
@Service
public class Watching {

    static final String WATCH = "comments.watch.start";
    static final String UNWATCH = "comments.watch.stop";

    private final JdbcClient sql;
    private final CommentedRecords records;
    private final Readers readers;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    Watching(
            JdbcClient sql,
            CommentedRecords records,
            Readers readers,
            AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.sql = sql;
        this.records = records;
        this.readers = readers;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whether the subject watches the record (directly). */
    public boolean watches(Subject subject, String recordType, long recordId) {
        return Boolean.TRUE.equals(transaction.execute(status -> sql.sql("""
                        select exists (select 1 from comments.watch
                                        where account = :account and record_type = :type and record_id = :record)""")
                .param("account", subject.username())
                .param("type", recordType)
                .param("record", recordId)
                .query(Boolean.class)
                .single()));
    }

    /**
     * Starts or stops watching a record the subject may read; answers the record's page.
     *
     * @throws NotReadable when the record is hidden from the subject (404)
     */
    public String watch(Subject subject, String recordType, long recordId, boolean watch) {
        return transaction.execute(status -> {
            CommentedRecords.Found record = (CommentedRecords.watched(recordType)
                            ? records.find(subject, recordType, recordId)
                            : Optional.<CommentedRecords.Found>empty())
                    .orElseThrow(() -> new NotReadable(CommentedRecords.named(recordType), recordId));
            int changed = watch
                    ? insert(subject.username(), recordType, recordId)
                    : sql.sql("""
                                    delete from comments.watch
                                     where account = :account and record_type = :type and record_id = :record""")
                            .param("account", subject.username())
                            .param("type", recordType)
                            .param("record", recordId)
                            .update();
            if (changed > 0) {
                // Named "watch", not the record: watching writes nothing of the record (no reindex,
                // no "I watch what I write").
                audit.record(AuditEvent.success(
                        watch ? WATCH : UNWATCH, "watch", recordType + ":" + recordId, record.label()));
            }
            return record.url();
        });
    }

    /**
     * Starts watching what the subject just wrote, in the writing transaction: only for a person
     * signed in (the demo's loading and the system watch nothing).
     */
    void watchWhileWriting(Subject subject, String recordType, long recordId) {
        if (subject instanceof SignedInUser && CommentedRecords.commented(recordType)) {
            insert(subject.username(), recordType, recordId);
        }
    }

    private int insert(String account, String recordType, long recordId) {
        return sql.sql("""
                        insert into comments.watch (account, record_type, record_id)
                        values (:account, :type, :record) on conflict do nothing""")
                .param("account", account)
                .param("type", recordType)
                .param("record", recordId)
                .update();
    }

    /**
     * The accounts that watch the record, directly or through its committee, and may read it now:
     * enabled, and with a nation and clearance the record's label (and row-level security) lets
     * through. In one transaction and a few statements whatever the number of watchers: the watch
     * rows, the watchers' accounts, then the record looked up once per nation and clearance among
     * them, under that nation's and clearance's row-level security (what a reader may read depends on
     * nothing else), the transaction's settings put back after.
     */
    public List<String> watchersOf(String recordType, long recordId) {
        return transaction.execute(status -> {
            Set<String> direct = new LinkedHashSet<>(lowerCase(sql.sql("""
                            select account from comments.watch where record_type = :type and record_id = :record""")
                    .param("type", recordType)
                    .param("record", recordId)
                    .query(String.class)
                    .list()));
            Map<String, Set<Long>> committees = new HashMap<>();
            sql.sql("select account, record_id from comments.watch where record_type = 'committee'")
                    .query(rs -> {
                        committees
                                .computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), a -> new HashSet<>())
                                .add(rs.getLong(2));
                    });
            Set<String> candidates = new LinkedHashSet<>(direct);
            candidates.addAll(committees.keySet());
            Map<Audience, List<Readers.Reader>> byAudience = new LinkedHashMap<>();
            readers.named(candidates)
                    .forEach(reader -> byAudience
                            .computeIfAbsent(new Audience(reader.nation(), reader.clearance()), a -> new ArrayList<>())
                            .add(reader));
            if (byAudience.isEmpty()) {
                return List.<String>of();
            }
            List<String> watchers = new ArrayList<>();
            String[] previous = ReaderSettings.current(sql);
            try {
                byAudience.forEach((audience, accounts) -> {
                    ReaderSettings.set(
                            sql,
                            audience.nation(),
                            Integer.toString(audience.clearance().ordinal()));
                    records.find(
                                    new SystemSubject(
                                            accounts.get(0).username(), audience.nation(), audience.clearance()),
                                    recordType,
                                    recordId)
                            .ifPresent(record -> accounts.stream()
                                    .map(Readers.Reader::username)
                                    .filter(username -> watchesNow(username, direct, committees, record))
                                    .forEach(watchers::add));
                });
            } finally {
                ReaderSettings.set(sql, previous[0], previous[1]);
            }
            watchers.sort(java.util.Comparator.comparing(u -> u.toLowerCase(Locale.ROOT)));
            return watchers;
        });
    }

    /** A nation and clearance: all a reader's right to read depends on. */
    private record Audience(String nation, Classification clearance) {}

    /** Whether the account, which may read the record, watches it directly or through its committee. */
    private static boolean watchesNow(
            String username, Set<String> direct, Map<String, Set<Long>> committees, CommentedRecords.Found record) {
        String account = username.toLowerCase(Locale.ROOT);
        return direct.contains(account)
                || (record.committeeId() != null
                        && committees.getOrDefault(account, Set.of()).contains(record.committeeId()));
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
