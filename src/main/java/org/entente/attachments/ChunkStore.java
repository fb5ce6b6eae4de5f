package org.entente.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.springframework.core.io.AbstractResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attachments' content in PostgreSQL ({@code attachments.chunk}): each file in chunks of {@value
 * #CHUNK} bytes at most, each chunk under its attachment's label and row-level security. A file is
 * written chunk by chunk inside the caller's transaction (with its attachment row, or not at all)
 * and read chunk by chunk, one short transaction each, as the reader: a download holds one chunk in
 * the heap and no connection while the client is slow, whatever the file's size.
 *
 * <p>Why not one {@code bytea} per file: pgjdbc reads a {@code bytea} whole, so a 25 MB file would
 * take 25 MB of a 256 MiB heap (and about twice that while it is decoded) for every download at
 * once. Why not large objects: they sit outside row-level security.
 */
@Component
class ChunkStore {

    /** 1 MiB: few statements per file, little heap per download. */
    static final int CHUNK = 1 << 20;

    private final JdbcClient sql;
    private final TransactionTemplate transaction;

    ChunkStore(JdbcClient sql, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Writes the file as the attachment's chunks, in the current transaction; returns the bytes written. */
    long write(long attachmentId, Path file, Label label) throws IOException {
        long written = 0;
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            for (int seq = 0; ; seq++) {
                int n = in.readNBytes(buffer, 0, CHUNK);
                if (n == 0) {
                    return written;
                }
                sql.sql("""
                                insert into attachments.chunk (attachment_id, seq, data, classification, owner_nation,
                                                               releasable_to)
                                values (:id, :seq, :data, :classification, :owner, cast(:releasableTo as char(3)[]))""")
                        .param("id", attachmentId)
                        .param("seq", seq)
                        .param("data", n == CHUNK ? buffer : Arrays.copyOf(buffer, n))
                        .params(Labels.params(label))
                        .update();
                written += n;
            }
        }
    }

    /** Copies the attachment's content to a file, as the current subject (for reading its text). */
    void copyTo(long attachmentId, long size, Path file) throws IOException {
        try (InputStream in = new Content(attachmentId, size).getInputStream()) {
            Files.copy(in, file);
        }
    }

    /** The attachment's content as a resource read chunk by chunk while it is sent. */
    Content content(long attachmentId, long size) {
        return new Content(attachmentId, size);
    }

    /** One chunk as the current subject sees it, in a transaction of its own; none if hidden or missing. */
    private Optional<byte[]> chunk(long attachmentId, int seq) {
        return transaction.execute(
                status -> sql.sql("select data from attachments.chunk where attachment_id = :id and seq = :seq")
                        .param("id", attachmentId)
                        .param("seq", seq)
                        .query((rs, n) -> rs.getBytes(1))
                        .optional());
    }

    /** A file's content: its length known in advance, its bytes read one chunk at a time. */
    final class Content extends AbstractResource {

        private final long attachmentId;
        private final long size;

        Content(long attachmentId, long size) {
            this.attachmentId = attachmentId;
            this.size = size;
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "attachment " + attachmentId;
        }

        @Override
        public InputStream getInputStream() {
            return new ChunkInput();
        }

        /** Reads chunk after chunk; a chunk missing before the end is an error, never a short file. */
        private final class ChunkInput extends InputStream {

            private long position;
            private byte[] current = new byte[0];
            private int seq = -1;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (position >= size) {
                    return -1;
                }
                if (length == 0) {
                    return 0;
                }
                int wanted = (int) (position / CHUNK);
                if (wanted != seq) {
                    current = load(wanted);
                    seq = wanted;
                }
                int at = (int) (position % CHUNK);
                int n = Math.min(length, current.length - at);
                if (n <= 0) {
                    throw new IOException("Attachment " + attachmentId + " is shorter than its size " + size);
                }
                System.arraycopy(current, at, into, offset, n);
                position += n;
                return n;
            }

            /** Skips whole chunks without reading them (a range request). */
            @Override
            public long skip(long n) {
                long skipped = Math.max(0, Math.min(n, size - position));
                position += skipped;
                return skipped;
            }

            private byte[] load(int wanted) throws IOException {
                try {
                    return chunk(attachmentId, wanted)
                            .orElseThrow(() -> new IOException(
                                    "Chunk " + wanted + " of attachment " + attachmentId + " is missing or hidden"));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
    }
}
