package org.entente.audit;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.audit.report.Checkpoint;
import org.entente.shared.EntenteProperties;
import org.entente.shared.InstanceRestored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed checkpoints kept outside the database, in {@code entente.audit.directory} (by default
 * {@code <data-dir>/audit/}; in a cluster, a directory every node mounts, so that all sign with one
 * key into one file): whoever can rewrite
 * the database can recompute a whole hash chain, but cannot sign its new hashes without the
 * checkpoint key. A checkpoint names the last committed entry and its hash; it is written every
 * {@code entente.audit.checkpoint-every} entries, at shutdown and on demand.
 *
 * <p>The files: {@value #PRIVATE_KEY} and {@value #PUBLIC_KEY} (an Ed25519 key pair made at first
 * start, PEM), and {@value #CHECKPOINTS}, one checkpoint a line: {@code <entry id> <hash, hex>
 * <signed at, ISO-8601 UTC> <signature, base64>}, the signature being over the UTF-8 bytes of
 * {@code entente.audit.checkpoint.v1 <entry id> <hash> <signed at>}. Anyone holding a copy of the
 * public key can check the file; keeping that copy (and copies of the file) on another machine
 * is what makes the checkpoints worth more than the database they vouch for.
 *
 * <p>Several nodes: one signs at a time, under the PostgreSQL advisory lock {@link #SIGNING_LOCK}
 * held by a transaction of its own, and reads the file's last checkpoint under it (not one it
 * remembers: another node may have signed since). A checkpoint's time is its node's clock, which
 * the verification does not compare: a node whose clock is off still signs a chain that verifies.
 */
@Component
class AuditCheckpoints {

    static final String PRIVATE_KEY = "checkpoint-key.pem";
    static final String PUBLIC_KEY = "checkpoint-key.pub.pem";
    static final String CHECKPOINTS = "checkpoints.txt";

    /** The transaction-scoped advisory lock under which one node at a time signs. */
    static final long SIGNING_LOCK = 0x656e74656e7465L + 1;

    private static final String ALGORITHM = "Ed25519";
    private static final String SIGNED_PREFIX = "entente.audit.checkpoint.v1 ";
    private static final HexFormat HEX = HexFormat.of();
    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    /** A checkpoint as read back from the file, with whether its signature holds. */
    record Signed(Checkpoint checkpoint, boolean valid) {}

    private final Path directory;
    private final int every;
    private final JdbcClient sql;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile KeyPair keys;
    private final AtomicLong committed = new AtomicLong();

    @Autowired
    AuditCheckpoints(
            AuditProperties properties,
            EntenteProperties entente,
            JdbcClient sql,
            PlatformTransactionManager transactions) {
        this(properties, entente, sql, transactions, Clock.systemUTC());
    }

    AuditCheckpoints(
            AuditProperties properties,
            EntenteProperties entente,
            JdbcClient sql,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.clock = clock;
        this.directory = (properties.directory() != null
                        ? properties.directory()
                        : entente.dataDir().resolve("audit"))
                .toAbsolutePath();
        this.every = properties.checkpointEvery();
        this.sql = sql;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
        try {
            Files.createDirectories(directory);
            this.keys = loadOrCreateKeys();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the audit checkpoints in " + directory, e);
        }
    }

    /**
     * Counts an entry just written in the current transaction once that transaction commits, and
     * signs a checkpoint every {@code checkpoint-every} entries. Only committed entries count: a
     * checkpoint naming an entry that then rolled back would later look like a truncated trail.
     */
    void countAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (committed.incrementAndGet() % every == 0) {
                    writeQuietly(false);
                }
            }
        });
    }

    /**
     * Signs the last committed entry, unless it is signed already, waiting for another node that is
     * signing now.
     *
     * @return the last checkpoint, or empty while the trail is empty
     */
    Optional<Checkpoint> write() {
        return write(true);
    }

    /** Signs as {@link #write()} does, unless another node is signing now: its checkpoint will do. */
    Optional<Checkpoint> tryWrite() {
        return write(false);
    }

    private synchronized Optional<Checkpoint> write(boolean wait) {
        return ownTransaction.execute(status -> {
            boolean locked = sql.sql(
                            wait
                                    ? "select pg_advisory_xact_lock(?) is not null"
                                    : "select pg_try_advisory_xact_lock(?)")
                    .param(SIGNING_LOCK)
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                return Optional.<Checkpoint>empty();
            }
            Optional<Checkpoint> latest = sql.sql("select id, hash from audit.event order by id desc limit 1")
                    .query((rs, n) -> new Checkpoint(
                            rs.getLong("id"),
                            HEX.formatHex(rs.getBytes("hash")),
                            clock.instant().truncatedTo(ChronoUnit.MILLIS)))
                    .optional();
            if (latest.isEmpty()) {
                return Optional.<Checkpoint>empty();
            }
            Checkpoint checkpoint = latest.get();
            if (checkpoint.entry() <= lastSignedInFile()) {
                return last();
            }
            append(checkpoint.entry() + " " + checkpoint.hash() + " " + checkpoint.signedAt() + " "
                    + Base64.getEncoder().encodeToString(sign(signedText(checkpoint))) + "\n");
            return Optional.of(checkpoint);
        });
    }

    /** Every checkpoint in the file, in file order, each with whether its signature holds. */
    List<Signed> read() {
        Path file = directory.resolve(CHECKPOINTS);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var checkpoints = new ArrayList<Signed>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            checkpoints.add(parse(line.strip()));
        }
        return checkpoints;
    }

    /**
     * A restored instance brings its own key pair and checkpoints: sign and check with those from
     * now on (the pair made at this start belonged to the empty instance).
     */
    @EventListener
    synchronized void restored(InstanceRestored event) {
        try {
            this.keys = loadOrCreateKeys();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the restored audit keys in " + directory, e);
        }
    }

    /**
     * The highest entry the file names, read from each line's first field without checking the
     * signatures: this runs at every checkpoint, on the thread of the request whose commit made it,
     * and checking every signature in the file (an Ed25519 verification per line) grew with the file
     * and showed as seconds-long tails on the busiest pages. The verifier checks the signatures.
     */
    private long lastSignedInFile() {
        Path file = directory.resolve(CHECKPOINTS);
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .mapToLong(line -> {
                        try {
                            return Long.parseLong(line.split(" ", 2)[0]);
                        } catch (NumberFormatException notAnEntry) {
                            return -1;
                        }
                    })
                    .max()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checkpoint of a clean stop. It runs once the web server has stopped taking requests and
     * finished those in flight (a lifecycle phase, before any bean is destroyed), and before the
     * connection pools and the embedded PostgreSQL stop: this bean uses them, and Spring destroys a
     * bean before those it depends on.
     */
    @PreDestroy
    void atShutdown() {
        writeQuietly(true)
                .ifPresent(checkpoint -> log.info(
                        "Signed the audit checkpoint at shutdown: entry {} in {}", checkpoint.entry(), directory));
    }

    private Optional<Checkpoint> last() {
        List<Signed> all = read();
        return all.isEmpty()
                ? Optional.empty()
                : Optional.of(all.get(all.size() - 1).checkpoint());
    }

    /** A checkpoint that cannot be written must not undo a change already committed: it is logged. */
    private Optional<Checkpoint> writeQuietly(boolean wait) {
        try {
            return write(wait);
        } catch (RuntimeException e) {
            log.error("Could not write an audit checkpoint in {}", directory, e);
            return Optional.empty();
        }
    }

    private Signed parse(String line) {
        String[] fields = line.split(" ");
        long entry = -1;
        try {
            entry = Long.parseLong(fields[0]);
            if (fields.length != 4) {
                return new Signed(new Checkpoint(entry, "", Instant.EPOCH), false);
            }
            var checkpoint = new Checkpoint(entry, fields[1], Instant.parse(fields[2]));
            return new Signed(
                    checkpoint,
                    verify(signedText(checkpoint), Base64.getDecoder().decode(fields[3])));
        } catch (NumberFormatException | DateTimeParseException e) {
            return new Signed(new Checkpoint(entry, "", Instant.EPOCH), false);
        } catch (IllegalArgumentException badBase64) {
            return new Signed(new Checkpoint(entry, fields[1], Instant.EPOCH), false);
        }
    }

    private static byte[] signedText(Checkpoint checkpoint) {
        return (SIGNED_PREFIX + checkpoint.entry() + " " + checkpoint.hash() + " " + checkpoint.signedAt())
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sign(byte[] text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keys.getPrivate());
            signature.update(text);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
    }

    private boolean verify(byte[] text, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(keys.getPublic());
            signature.update(text);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private void append(String line) {
        Path file = directory.resolve(CHECKPOINTS);
        try {
            if (!Files.exists(file)) {
                Files.writeString(
                        file,
                        "# Entente audit checkpoints: <entry id> <entry hash, hex> <signed at, UTC> <Ed25519 signature,"
                                + " base64>\n# signed text: \"" + SIGNED_PREFIX
                                + "<entry id> <hash> <signed at>\", public key in " + PUBLIC_KEY + "\n",
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
            }
            try (var channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an audit checkpoint to " + file, e);
        }
    }

    private KeyPair loadOrCreateKeys() throws IOException {
        Path privateFile = directory.resolve(PRIVATE_KEY);
        Path publicFile = directory.resolve(PUBLIC_KEY);
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                PrivateKey privateKey =
                        factory.generatePrivate(new PKCS8EncodedKeySpec(pem(Files.readString(privateFile))));
                PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(pem(Files.readString(publicFile))));
                return new KeyPair(publicKey, privateKey);
            }
            if (Files.exists(privateFile) || Files.exists(publicFile)) {
                throw new IllegalStateException("Only half of the audit checkpoint key pair is in " + directory
                        + ": restore the missing file rather than start a new key");
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            writeSecret(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            log.info("Created the audit checkpoint key pair in {}", directory);
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the audit checkpoint key from " + directory, e);
        }
    }

    /** Written to a temporary file readable by the owner only, then moved in place. */
    private static void writeSecret(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] pem(String text) {
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }
}
