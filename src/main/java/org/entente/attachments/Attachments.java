package org.entente.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LabelledRecords;
import org.entente.shared.Labels;
import org.entente.shared.NotReadable;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files attached to records. A file is readable when its own label (its record's, copied at
 * upload) and its record's label now both let the reader read: a record relabelled more narrowly
 * hides its files at once, and one released more widely does not release the files attached
 * before (attach them again to release them with it).
 */
@Service
public class Attachments {

    static final String UPLOAD = "attachments.attachment.upload";
    static final String DOWNLOAD = "attachments.attachment.download";

    /** An attachment's content to send, with what to send it as. */
    record Download(AttachmentSummary attachment, Resource content) {}

    private final JdbcClient sql;
    private final Map<RecordType, LabelledRecords> records;
    private final AuditTrail audit;
    private final AttachmentsProperties properties;
    private final FileStore store;
    private final ChunkStore chunks;
    private final ContentCheck check;
    private final AttachmentText text;
    private final TransactionTemplate transaction;
    private final AccessPolicy policy;

    Attachments(
            JdbcClient sql,
            List<LabelledRecords> records,
            AuditTrail audit,
            AttachmentsProperties properties,
            FileStore store,
            ChunkStore chunks,
            ContentCheck check,
            AttachmentText text,
            PlatformTransactionManager transactions,
            AccessPolicy policy) {
        this.policy = policy;
        this.sql = sql;
        this.records = LabelledRecords.byType(records);
        this.audit = audit;
        this.properties = properties;
        this.store = store;
        this.chunks = chunks;
        this.check = check;
        this.text = text;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The kind of record a URL names, if files are attached to that kind.
     *
     * @throws NotReadable otherwise: a kind that takes no files is answered as a record that is not there
     */
    RecordType kind(String spelled, Object recordId) {
        return RecordType.spelled(spelled)
                .filter(records::containsKey)
                .orElseThrow(() -> new NotReadable(spelled, recordId));
    }

    /** The record's files the reader may read, newest version first within a name; none if the record is hidden. */
    public List<AttachmentSummary> of(Subject reader, RecordType recordType, long recordId) {
        return transaction.execute(status -> {
            if (label(reader, recordType, recordId).isEmpty()) {
                return List.<AttachmentSummary>of();
            }
            return files(reader, recordType, recordId);
        });
    }

    /**
     * As {@link #of(Subject, RecordType, long)}, for a page that has just read the record itself:
     * the label it read stands for a second read of the record's row (committee20h: the committee
     * page read its committee three times per view).
     */
    public List<AttachmentSummary> of(Subject reader, RecordType recordType, long recordId, Label recordLabel) {
        if (!records.containsKey(recordType) || !policy.mayRead(reader, recordLabel)) {
            return List.of();
        }
        return transaction.execute(status -> files(reader, recordType, recordId));
    }

    private List<AttachmentSummary> files(Subject reader, RecordType recordType, long recordId) {
        return sql.sql("""
                        select t.* from attachments.attachment t
                         where t.record_type = :type and t.record_id = :record and %s
                         order by lower(t.file_name), t.version desc""".formatted(AccessPolicy.readableBy("t")))
                .param("type", recordType.spelled())
                .param("record", recordId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** Whether the subject may attach files to the record: whoever may write it. */
    public boolean mayAttach(Subject subject, RecordType recordType, long recordId) {
        LabelledRecords kind = records.get(recordType);
        return kind != null && Boolean.TRUE.equals(transaction.execute(status -> kind.mayWrite(subject, recordId)));
    }

    /** As {@link #mayAttach(Subject, RecordType, long)}, with the record's label as the page has just read it. */
    public boolean mayAttach(Subject subject, RecordType recordType, long recordId, Label recordLabel) {
        LabelledRecords kind = records.get(recordType);
        return kind != null
                && Boolean.TRUE.equals(transaction.execute(status -> kind.mayWrite(subject, recordId, recordLabel)));
    }

    /** The largest file accepted, in bytes. */
    public long maxSize() {
        return properties.maxSize().toBytes();
    }

    /** The page that shows the record. */
    String pagePath(RecordType recordType, long recordId) {
        return transaction.execute(status -> records.get(recordType).pagePath(recordId));
    }

    /** The record's label if the reader may read it: what every route answers 404 without. */
    Optional<Label> label(Subject reader, RecordType recordType, long recordId) {
        LabelledRecords kind = records.get(recordType);
        if (kind == null) {
            return Optional.empty();
        }
        return transaction.execute(status -> kind.labelFor(reader, recordId));
    }

    /**
     * The record's label when the subject may attach files to it.
     *
     * @throws NotReadable when the record is hidden from the subject (404, audited)
     * @throws AccessDeniedException when the subject may read the record but not write it (403,
     *     audited by the refusal path as an upload to that record)
     */
    Label requireMayAttach(Subject subject, RecordType recordType, long recordId) {
        Label recordLabel =
                label(subject, recordType, recordId).orElseThrow(() -> new NotReadable(recordType.spelled(), recordId));
        if (!mayAttach(subject, recordType, recordId)) {
            throw (AccessDeniedException) new AccessDeniedException("attachments.error.mayNotAttach")
                    .on(UPLOAD, recordType.spelled(), recordId, recordLabel);
        }
        return recordLabel;
    }

    /**
     * Stores an uploaded file as the next version of that name on the record, with the record's
     * label, or refuses it and keeps nothing. The row, its audit entry and the file's chunks are
     * written in one transaction: kept together or not at all, on every node at once.
     *
     * @throws NotReadable when the record is hidden from the uploader
     * @throws AccessDeniedException when the uploader may read the record but not write it
     * @throws AttachmentRefused when the file is refused
     */
    public AttachmentSummary upload(
            Subject uploader, RecordType recordType, long recordId, String originalName, InputStream content)
            throws IOException {
        requireMayAttach(uploader, recordType, recordId);
        String fileName = FileNames.clean(originalName);
        if (fileName.isEmpty()) {
            throw AttachmentRefused.invalid("attachments.error.noFile");
        }
        FileStore.Received received = store.receive(content, maxSize());
        try {
            FileKind kind = check.check(received.path(), fileName);
            // Read before the transaction: a slow parse holds no connection, and a failed one stores no text.
            String extracted = text.of(received.path(), kind);
            return transaction.execute(status -> {
                // Read again inside the transaction: the label stored is the record's at this moment.
                Label label = records.get(recordType)
                        .labelFor(uploader, recordId)
                        .orElseThrow(() -> new NotReadable(recordType.spelled(), recordId));
                AttachmentSummary stored = sql.sql("""
                                insert into attachments.attachment (record_type, record_id, file_name, version, media_type,
                                                                    size_bytes, sha256, uploaded_by,
                                                                    classification, owner_nation, releasable_to, text)
                                values (:type, :record, :name,
                                        (select coalesce(max(version), 0) + 1 from attachments.attachment
                                          where record_type = :type and record_id = :record
                                            and lower(file_name) = lower(:name)),
                                        :mediaType, :size, :sha256, :uploader,
                                        :classification, :owner, cast(:releasableTo as char(3)[]), :text)
                                returning *""")
                        .param("type", recordType.spelled())
                        .param("record", recordId)
                        .param("name", fileName)
                        .param("mediaType", kind.mediaType())
                        .param("size", received.size())
                        .param("sha256", received.sha256())
                        .param("uploader", uploader.username())
                        .param("text", extracted)
                        .params(Labels.params(label))
                        .query((rs, n) -> summary(rs))
                        .single();
                audit.record(AuditEvent.success(UPLOAD, "attachment", Long.toString(stored.id()), label)
                        .with("record", recordType.spelled() + ":" + recordId)
                        .with("name", fileName)
                        .with("version", Integer.toString(stored.version()))
                        .with("sha256", stored.sha256Hex()));
                try {
                    chunks.write(stored.id(), received.path(), label);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return stored;
            });
        } finally {
            store.deleteQuietly(received.path());
        }
    }

    /**
     * An attachment's file for the reader, if both the attachment and its record are readable
     * now; a download above UNCLASSIFIED is recorded.
     */
    Optional<Download> download(Subject reader, long id) {
        Optional<Download> found = transaction.execute(status -> sql.sql(
                        "select t.* from attachments.attachment t where t.id = :id and " + AccessPolicy.readableBy("t"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new Download(summary(rs), content(rs)))
                .optional()
                .filter(d -> RecordType.spelled(d.attachment().recordType())
                        .flatMap(type -> label(reader, type, d.attachment().recordId()))
                        .isPresent()));
        if (found.isEmpty()) {
            audit.recordSeparately(AuditEvent.denied(DOWNLOAD, "attachment", Long.toString(id), null));
        } else if (found.get().attachment().label().classification() != Classification.UNCLASSIFIED) {
            AttachmentSummary a = found.get().attachment();
            audit.recordSeparately(AuditEvent.success(DOWNLOAD, "attachment", Long.toString(id), a.label())
                    .with("record", a.recordType() + ":" + a.recordId())
                    .with("sha256", a.sha256Hex()));
        }
        return found;
    }

    /**
     * In the database; a file not yet moved there from this node's disk (FileImport) is still sent
     * from the disk.
     */
    private Resource content(ResultSet rs) throws SQLException {
        String onDisk = rs.getString("storage_path");
        return onDisk == null
                ? chunks.content(rs.getLong("id"), rs.getLong("size_bytes"))
                : new FileSystemResource(store.resolve(onDisk));
    }

    private static AttachmentSummary summary(ResultSet rs) throws SQLException {
        return new AttachmentSummary(
                rs.getLong("id"),
                rs.getString("record_type"),
                rs.getLong("record_id"),
                rs.getString("file_name"),
                rs.getInt("version"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getBytes("sha256"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                Labels.read(rs));
    }
}
