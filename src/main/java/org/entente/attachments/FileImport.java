package org.entente.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.SystemSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the files attachments kept on this node's disk before issue 19 into PostgreSQL, at every
 * start, before the node is ready (an {@link ApplicationRunner}): each file whose row still has a
 * {@code storage_path} is checked against its SHA-256, written as chunks under the row's label and
 * its path cleared, in one transaction per file; the file is removed from the disk once that has
 * committed. Idempotent: a file already moved has no path any more, and two nodes moving the same
 * file (a shared disk) are kept apart by the row's lock ({@code where storage_path is not null}).
 *
 * <p>Never fails the start: a file missing from this node's disk (another node may hold it, or it
 * was lost), or whose bytes do not match its SHA-256, is logged and left for the next start; until
 * then its download is served from the disk of the node that has it ({@link Attachments}).
 *
 * <p>Not a Flyway migration: migrations run per module with the migration role, which row-level
 * security lets read nothing here, and a migration that fails fails the start; they would also
 * not know the data directory.
 */
@Component
class FileImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FileImport.class);

    private record OnDisk(long id, String storagePath, byte[] sha256, Label label) {}

    private final JdbcClient sql;
    private final FileStore store;
    private final ChunkStore chunks;
    private final TransactionTemplate transaction;

    FileImport(JdbcClient sql, FileStore store, ChunkStore chunks, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.store = store;
        this.chunks = chunks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        moveAll();
    }

    /** Moves every file of this node's disk still outside the database; returns how many moved. Never throws. */
    int moveAll() {
        try {
            int moved = 0;
            for (String owner : OwnerNations.of(sql, transaction, "storage_path is not null")) {
                moved += moveAll(OwnerNations.as("attachment-import", owner));
            }
            if (moved > 0) {
                log.info("Moved {} attached files from this node's disk into the database", moved);
            }
            return moved;
        } catch (RuntimeException failed) {
            log.warn("Moving attached files into the database stopped: {}", failed.toString());
            return 0;
        }
    }

    private int moveAll(SystemSubject owner) {
        List<OnDisk> onDisk = owner.run(() -> transaction.execute(status -> sql.sql("""
                        select id, storage_path, sha256, classification, owner_nation, releasable_to
                          from attachments.attachment
                         where storage_path is not null and owner_nation = :owner order by id""")
                .param("owner", owner.nation())
                .query((rs, n) -> new OnDisk(
                        rs.getLong("id"), rs.getString("storage_path"), rs.getBytes("sha256"), Labels.read(rs)))
                .list()));
        int moved = 0;
        for (OnDisk file : onDisk) {
            if (owner.run(() -> move(file))) {
                moved++;
            }
        }
        return moved;
    }

    private boolean move(OnDisk file) {
        Path path;
        try {
            path = store.resolve(file.storagePath());
        } catch (IllegalArgumentException notStored) {
            log.warn("Attachment {} names no stored file ({}): left as it is", file.id(), file.storagePath());
            return false;
        }
        if (!Files.isRegularFile(path)) {
            log.warn(
                    "Attachment {}: its file {} is not on this node's disk; it stays to be moved by the node that"
                            + " has it, or restored from a backup",
                    file.id(),
                    file.storagePath());
            return false;
        }
        try {
            if (!Arrays.equals(sha256(path), file.sha256())) {
                log.warn("Attachment {}: its file {} does not match its SHA-256; not moved", file.id(), path);
                return false;
            }
            return Boolean.TRUE.equals(transaction.execute(status -> {
                int claimed = sql.sql("""
                                update attachments.attachment set storage_path = null
                                 where id = :id and storage_path is not null""").param("id", file.id()).update();
                if (claimed == 0) {
                    return false; // another node moved it meanwhile
                }
                try {
                    chunks.write(file.id(), path, file.label());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        store.deleteQuietly(path);
                    }
                });
                return true;
            }));
        } catch (IOException | RuntimeException failed) {
            log.warn("Attachment {}: its file {} could not be moved: {}", file.id(), path, failed.toString());
            return false;
        }
    }

    private static byte[] sha256(Path file) throws IOException {
        MessageDigest digest = FileStore.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }
}
