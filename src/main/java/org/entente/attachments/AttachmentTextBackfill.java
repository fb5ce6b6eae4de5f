package org.entente.attachments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.entente.shared.RecordWritten;
import org.entente.shared.SystemSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the text of the attachments uploaded before their text was read at upload (marked unread
 * by the migration that added {@code text_read}), once, so that search finds their words too.
 *
 * <p>It runs in the background once the application is ready, at every start (with or without
 * {@code --entente.reindex}): it holds up neither the start nor the health check, and finding
 * nothing to do costs one indexed query per nation. It was not made a migration: Flyway would
 * read every old file inside the start (minutes for thousands of files) and a migration that fails
 * fails the start. Each file is read within the upload's limits ({@link AttachmentText}: 200,000
 * characters, 15 s); a file that cannot be read (missing, damaged, too slow) is marked read with
 * no text and logged, and nothing here ever stops the application. The text is written as the
 * attachment's owner nation (the update policy is the owner's), and its search entry is rebuilt in
 * the same transaction ({@link RecordWritten}). Two nodes starting together may both read a file;
 * only the first write counts ({@code where not text_read}).
 */
@Component
class AttachmentTextBackfill implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(AttachmentTextBackfill.class);

    private record Unread(long id, String mediaType, String storagePath, long size, boolean hasText) {}

    private final JdbcClient sql;
    private final FileStore store;
    private final ChunkStore chunks;
    private final AttachmentText text;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AttachmentTextBackfill(
            JdbcClient sql,
            FileStore store,
            ChunkStore chunks,
            AttachmentText text,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.sql = sql;
        this.store = store;
        this.chunks = chunks;
        this.text = text;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        Thread reader = new Thread(this::backfill, "attachment-text-backfill");
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads every unread attachment's text; returns how many were read. Never throws. */
    int backfill() {
        try {
            int read = 0;
            for (String owner : OwnerNations.of(sql, transaction, "not text_read")) {
                read += backfill(owner);
            }
            if (read > 0) {
                log.info("Read the text of {} attachments uploaded before their text was read", read);
            }
            return read;
        } catch (RuntimeException failed) {
            log.warn("Reading the text of older attachments stopped: {}", failed.toString());
            return 0;
        }
    }

    private int backfill(String owner) {
        SystemSubject subject = as(owner);
        List<Unread> unread = subject.run(() -> transaction.execute(status -> sql.sql("""
                        select id, media_type, storage_path, size_bytes, text <> '' as has_text from attachments.attachment
                         where not text_read and owner_nation = :owner order by id""")
                .param("owner", owner)
                .query((rs, n) -> new Unread(
                        rs.getLong("id"),
                        rs.getString("media_type"),
                        rs.getString("storage_path"),
                        rs.getLong("size_bytes"),
                        rs.getBoolean("has_text")))
                .list()));
        int read = 0;
        for (Unread file : unread) {
            // Read outside any transaction: a slow file holds no connection.
            String found = file.hasText() ? null : subject.run(() -> read(file));
            boolean written = subject.run(() -> transaction.execute(status -> {
                int updated =
                        sql.sql("""
                                update attachments.attachment set text = coalesce(:text, text), text_read = true
                                 where id = :id and not text_read""").param("text", found).param("id", file.id()).update();
                if (updated > 0 && found != null && !found.isEmpty()) {
                    events.publishEvent(new RecordWritten("attachment", Long.toString(file.id())));
                }
                return updated > 0;
            }));
            if (written && found != null && !found.isEmpty()) {
                read++;
            }
        }
        return read;
    }

    /** The file's text, read from its chunks copied to this node's disk (or from the disk, if not moved yet). */
    private String read(Unread file) {
        Path copy = null;
        try {
            Optional<FileKind> kind = FileKind.ofMediaType(file.mediaType());
            if (kind.isEmpty()) {
                return "";
            }
            Path source;
            if (file.storagePath() != null) {
                source = store.resolve(file.storagePath());
            } else {
                copy = store.scratch();
                chunks.copyTo(file.id(), file.size(), copy);
                source = copy;
            }
            return text.of(source, kind.get());
        } catch (IOException | RuntimeException unreadable) {
            log.warn("No text kept from attachment {}: {}", file.id(), unreadable.toString());
            return "";
        } finally {
            if (copy != null) {
                store.deleteQuietly(copy);
            }
        }
    }

    private static SystemSubject as(String nation) {
        return OwnerNations.as("attachment-text", nation);
    }
}
