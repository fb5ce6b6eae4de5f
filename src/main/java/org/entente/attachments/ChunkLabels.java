package org.entente.attachments;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.shared.Label;
import org.entente.shared.LabelledRecords;
import org.entente.shared.Labels;
import org.entente.shared.RecordType;
import org.entente.shared.RecordWritten;
import org.entente.shared.Subject;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Relabelling a record relabels its files' chunks, in the relabel's transaction: a chunk's label is
 * its attachment's label narrowed by its record's label now (the higher classification, the
 * nations in both releases; the owner is the same, a relabel keeps it). That is exactly whom the
 * application serves the file to ({@link Attachments}: both labels must let the reader read), so
 * that a record relabelled more narrowly hides its files' bytes from a direct select too, and one
 * released more widely again gives them back their attachment's label, never more.
 *
 * <p>It follows every write the audit trail records of a type files are attached to, just before
 * the transaction commits, once per record: one indexed statement when the record has no files,
 * two more (its label, the update, which changes nothing unless the label did) when it has.
 */
@Component
class ChunkLabels {

    private final JdbcClient sql;
    private final Map<RecordType, LabelledRecords> records;

    ChunkLabels(JdbcClient sql, List<LabelledRecords> records) {
        this.sql = sql;
        this.records = LabelledRecords.byType(records);
    }

    private record Written(RecordType type, long id) {}

    @EventListener
    void on(RecordWritten written) {
        Optional<RecordType> type = RecordType.spelled(written.type()).filter(records::containsKey);
        if (type.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        try {
            pending().add(new Written(type.get(), Long.parseLong(written.id())));
        } catch (NumberFormatException notOurs) {
            // not a record files are attached to
        }
    }

    @SuppressWarnings("unchecked")
    private Set<Written> pending() {
        Object existing = TransactionSynchronizationManager.getResource(ChunkLabels.class);
        if (existing != null) {
            return (Set<Written>) existing;
        }
        Set<Written> pending = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(ChunkLabels.class, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                pending.forEach(ChunkLabels.this::follow);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ChunkLabels.class);
            }
        });
        return pending;
    }

    /** Narrows the record's chunks to its label now, as the writer (the owner, for a relabel). */
    void follow(Written record) {
        boolean hasFiles = sql.sql("""
                        select exists (select 1 from attachments.attachment
                                        where record_type = :type and record_id = :id)""")
                .param("type", record.type().spelled())
                .param("id", record.id())
                .query(Boolean.class)
                .single();
        if (!hasFiles
                || !(SecurityContextHolder.getContext().getAuthentication() != null
                        && SecurityContextHolder.getContext()
                                        .getAuthentication()
                                        .getPrincipal()
                                instanceof Subject writer)) {
            return;
        }
        records.get(record.type()).labelFor(writer, record.id()).ifPresent(label -> narrow(record, label));
    }

    private void narrow(Written record, Label label) {
        sql.sql("""
                        update attachments.chunk c
                           set classification = m.classification, releasable_to = m.releasable_to
                          from (select a.id, greatest(a.classification, :classification) as classification,
                                       array(select n from unnest(a.releasable_to) n
                                              where n = any (cast(:releasableTo as char(3)[])) order by n) as releasable_to
                                  from attachments.attachment a
                                 where a.record_type = :type and a.record_id = :id) m
                         where c.attachment_id = m.id
                           and (c.classification <> m.classification
                                or not (c.releasable_to @> m.releasable_to and c.releasable_to <@ m.releasable_to))""")
                .param("type", record.type().spelled())
                .param("id", record.id())
                .params(Labels.params(label))
                .update();
    }
}
