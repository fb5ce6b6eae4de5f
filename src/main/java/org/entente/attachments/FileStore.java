package org.entente.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.entente.shared.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * This node's disk under {@code ${entente.data-dir}/files/}. An upload arrives in {@code incoming/}
 * (a file of its own: Tika and the content check read it there, and its chunks are written from it)
 * and is removed once stored in PostgreSQL ({@link ChunkStore}) or refused. The other paths are
 * where files were kept before (issue 19), until {@link FileImport} moves them into the database.
 */
@Component
class FileStore {

    /** A received file: where it waits, how large it is and its SHA-256. */
    record Received(Path path, long size, byte[] sha256) {}

    private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);

    private final Path root;
    private final Path incoming;
    private final Instant started = Instant.now();

    FileStore(EntenteProperties properties) {
        this.root = properties.dataDir().resolve("files").toAbsolutePath().normalize();
        this.incoming = root.resolve("incoming");
    }

    /**
     * Removes what a crash left in {@code incoming/}: files written before this start belong to no
     * upload under way, and no row ever points there.
     */
    @EventListener(ApplicationReadyEvent.class)
    void clearIncoming() throws IOException {
        if (!Files.isDirectory(incoming)) {
            return;
        }
        try (Stream<Path> left = Files.list(incoming)) {
            left.filter(file -> file.getFileName().toString().endsWith(".part") && olderThanThisStart(file))
                    .forEach(file -> {
                        LOG.info("Removing {}, an upload a stopped Entente did not finish", file.getFileName());
                        deleteQuietly(file);
                    });
        }
    }

    private boolean olderThanThisStart(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(started);
        } catch (IOException gone) {
            return false;
        }
    }

    /**
     * Copies the upload to a file of its own under {@code incoming/}, hashing it on the way, and
     * stops as soon as it exceeds {@code maxSize} (nothing is kept then).
     */
    Received receive(InputStream content, long maxSize) throws IOException {
        Files.createDirectories(incoming);
        Path file = incoming.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) > 0; ) {
                size += n;
                if (size > maxSize) {
                    throw new AttachmentRefused("attachments.error.tooLarge", HttpStatus.CONTENT_TOO_LARGE);
                }
                sha256.update(buffer, 0, n);
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            }
            out.force(true);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        return new Received(file, size, sha256.digest());
    }

    /** A new place under {@code incoming/} for a copy made to read (not created; removed like an upload). */
    Path scratch() throws IOException {
        Files.createDirectories(incoming);
        return incoming.resolve(UUID.randomUUID() + ".part");
    }

    /** A file kept on this node's disk before the content moved into PostgreSQL (FileImport). */
    Path resolve(String storagePath) {
        Path file = root.resolve(storagePath).normalize();
        if (!file.startsWith(root) || file.startsWith(incoming)) {
            throw new IllegalArgumentException("Not a stored file: " + storagePath);
        }
        return file;
    }

    /** Removes a file nothing points at (any more); a failure is logged, the file is an orphan then. */
    void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.toString());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
