package org.entente.comments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.identity.Accounts;
import org.entente.identity.SignedInUser;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who watches which record: one watches what one writes (creates, proposes, approves) or comments
 * on, and may watch or stop watching any record one may read; a committee's members may watch the
 * whole committee. Whether a watcher may still read the record is asked each time ({@link
 * #watchersOf}), never stored: a relabel or a disabled account stops the news at once.
 */
@Service
public class Watching {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Watching.class);

    static final String WATCH = "comments.watch.start";
    static final String UNWATCH = "comments.watch.stop";

    private final JdbcClient sql;
    private final CommentedRecords records;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;

    Watching(
            JdbcClient sql,
            CommentedRecords records,
            Accounts accounts,
            AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.sql = sql;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
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
     * through. Each is asked in a read-only transaction of its own, as that account.
     */
    public List<String> watchersOf(String recordType, long recordId) {
        Set<String> direct = new LinkedHashSet<>();
        Set<String> committeeWatchers = new LinkedHashSet<>();
        transaction.executeWithoutResult(status -> {
            direct.addAll(sql.sql("""
                            select account from comments.watch where record_type = :type and record_id = :record
                             order by account""")
                    .param("type", recordType)
                    .param("record", recordId)
                    .query(String.class)
                    .list());
            committeeWatchers.addAll(sql.sql(
                            "select distinct account from comments.watch where record_type = 'committee' order by account")
                    .query(String.class)
                    .list());
        });
        List<String> watchers = new ArrayList<>();
        Set<String> candidates = new LinkedHashSet<>(direct);
        candidates.addAll(committeeWatchers);
        for (String username : candidates) {
            // Each watcher in a transaction of its own: one that fails (an account in a bad state) is
            // logged and skipped, and never costs the others their notification.
            try {
                accounts.active(username)
                        .filter(account -> Boolean.TRUE.equals(
                                watchesNow(account, recordType, recordId, direct.contains(username))))
                        .ifPresent(account -> watchers.add(account.username()));
            } catch (RuntimeException failed) {
                LOG.warn("Watcher {} of {}:{} skipped: {}", username, recordType, recordId, failed.toString());
            }
        }
        return watchers;
    }

    /**
     * Whether the account may read the record now and watches it, directly or through its committee:
     * asked in a read-only transaction of the account's own (its row-level security).
     */
    private Boolean watchesNow(SignedInUser account, String recordType, long recordId, boolean direct) {
        SystemSubject as = new SystemSubject(account.username(), account.nation(), account.clearance());
        return as.run(() -> ownTransaction.execute(status -> records.find(as, recordType, recordId)
                .map(record ->
                        direct || (record.committeeId() != null && watches(account, "committee", record.committeeId())))
                .orElse(false)));
    }
}
