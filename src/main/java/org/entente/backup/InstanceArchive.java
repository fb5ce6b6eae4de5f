package org.entente.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.entente.audit.AuditIntegrity;
import org.entente.database.SuperuserConnections;
import org.entente.shared.EntenteProperties;
import org.entente.shared.InstanceRestored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * One archive (zip) holding a whole instance: every table of every module's schema as PostgreSQL
 * {@code COPY} text ({@code database/<schema>.<table>.copy}, read in one repeatable-read snapshot as
 * the superuser, which row-level security does not filter; the attached files are rows of {@code
 * attachments.chunk} since issue 19), and the audit checkpoints and keys ({@code audit/}). An
 * archive made before holds the files as {@code files/}: they are restored to the disk, and moved
 * into the database at the next start like any file left there. A {@code MANIFEST} ({@link ArchiveManifest}) names every entry with
 * its SHA-256, size and row count, and each module's migration history.
 *
 * <p>A restore goes only into an empty instance of the same schema versions; it checks every
 * entry's hash before it writes anything, loads all tables in one transaction, and verifies the
 * audit trail when done.
 */
@Service
public class InstanceArchive {

    private static final Logger log = LoggerFactory.getLogger(InstanceArchive.class);

    /** One entry of the archive as the manifest lists it; {@code rows} is -1 for files. */
    public record Entry(String name, String sha256, long size, long rows) {}

    /** What a backup wrote. */
    public record Backup(Path file, List<Entry> entries) {

        public long rows() {
            return entries.stream().mapToLong(e -> Math.max(e.rows(), 0)).sum();
        }
    }

    /** What a restore loaded, and the audit trail's verification afterwards. */
    public record Restored(List<Entry> entries, AuditIntegrity.Result audit) {}

    private final ObjectProvider<SuperuserConnections> superuser;
    private final Path dataDir;
    private final ApplicationEventPublisher events;
    private final AuditIntegrity audit;

    InstanceArchive(
            ObjectProvider<SuperuserConnections> superuser,
            EntenteProperties properties,
            ApplicationEventPublisher events,
            AuditIntegrity audit) {
        this.superuser = superuser;
        this.dataDir = properties.dataDir().toAbsolutePath().normalize();
        this.events = events;
        this.audit = audit;
    }

    /** Writes the whole instance to {@code file} (replaced if it exists, only once complete). */
    public Backup backup(Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        var entries = new ArrayList<Entry>();
        try (Connection db = connection();
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            db.setAutoCommit(false);
            try (Statement snapshot = db.createStatement()) {
                snapshot.execute("set transaction isolation level repeatable read, read only");
            }
            entries.addAll(ArchiveTables.copyOut(db, zip));
            String history = ArchiveTables.history(db);
            db.commit();
            for (String directory : List.of("audit")) {
                for (Path path : filesUnder(dataDir.resolve(directory))) {
                    String name = directory + "/"
                            + dataDir.resolve(directory)
                                    .relativize(path)
                                    .toString()
                                    .replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(name));
                    var out = new ArchiveManifest.Measured(zip);
                    Files.copy(path, out);
                    zip.closeEntry();
                    entries.add(new Entry(name, out.sha256(), out.size, -1));
                }
            }
            zip.putNextEntry(new ZipEntry(ArchiveManifest.NAME));
            zip.write(ArchiveManifest.write(history, entries).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (SQLException | IOException e) {
            throw new ArchiveRefused("The backup failed: " + e.getMessage(), e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ArchiveRefused("Cannot write " + target + ": " + e.getMessage(), e);
        }
        log.info("Backup written to {}: {} entries", target, entries.size());
        return new Backup(target, entries);
    }

    /**
     * Restores an archive into this instance, which must be empty (no row in any table, no attached
     * file) and of the same schema versions; refuses otherwise, changing nothing.
     */
    public Restored restore(Path file) {
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new ArchiveRefused("No archive at " + source + ".");
        }
        try (ZipFile zip = new ZipFile(source.toFile());
                Connection db = connection()) {
            String[] lines = ArchiveManifest.lines(zip, source);
            Map<String, Entry> entries = ArchiveManifest.entries(lines);
            ArchiveManifest.check(zip, entries);
            requireEmpty(db);
            String history = ArchiveTables.history(db);
            String archived = ArchiveManifest.history(lines);
            if (!history.strip().equals(archived.strip())) {
                throw new ArchiveRefused("The archive was made by another version of Entente (its migrations differ "
                        + "from this one's); restore it with the version that made it.");
            }
            ArchiveTables.load(db, zip, entries);
            for (Entry entry : entries.values()) {
                if (!entry.name().startsWith("database/")) {
                    writeFile(zip, entry);
                }
            }
        } catch (IOException | SQLException e) {
            throw new ArchiveRefused("The restore failed, nothing of the database was changed: " + e.getMessage(), e);
        }
        events.publishEvent(new InstanceRestored(source.toString()));
        AuditIntegrity.Result verification = audit.verify();
        log.info(
                "Restored {} into {}; audit trail {} ({} entries)",
                source,
                dataDir,
                verification.ok() ? "verified" : "BROKEN: " + verification.detail(),
                verification.entries());
        try (ZipFile zip = new ZipFile(source.toFile())) {
            return new Restored(ArchiveManifest.read(zip), verification);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Connection connection() throws SQLException {
        SuperuserConnections connections = superuser.getIfAvailable();
        if (connections == null) {
            throw new ArchiveRefused("Backup and restore work on the embedded database; for an external "
                    + "PostgreSQL use pg_dump and pg_restore (README).");
        }
        return connections.open();
    }

    /**
     * Refuses unless the instance was never used: no account (the first administrator is created
     * only after a restore), no audit entry, no attached file. Its other rows are the reference data
     * its migrations wrote, which the archive's replace.
     */
    private void requireEmpty(Connection db) throws SQLException, IOException {
        var filled = new ArrayList<String>();
        for (String table : List.of("identity.account", "audit.event", "attachments.attachment")) {
            try (Statement query = db.createStatement();
                    ResultSet rs = query.executeQuery("select exists (select 1 from " + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    filled.add(table);
                }
            }
        }
        if (!filesUnder(dataDir.resolve("files")).isEmpty()) {
            filled.add("files/");
        }
        if (!filled.isEmpty()) {
            throw new ArchiveRefused("Restore refused: this instance is not empty (it holds "
                    + String.join(", ", filled)
                    + "). Restore into a new data directory, started without --entente.demo.");
        }
    }

    private void writeFile(ZipFile zip, Entry entry) throws IOException {
        Path target = dataDir.resolve(entry.name()).normalize();
        if (!target.startsWith(dataDir)) {
            throw new ArchiveRefused("The archive's entry " + entry.name() + " points outside the data directory.");
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (entry.name().startsWith("audit/")
                && entry.name().contains("key")
                && !entry.name().contains(".pub")) {
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's permissions apply.
            }
        }
    }

    /** Regular files under a directory, sorted; uploads left unfinished ({@code incoming/}) excluded. */
    private static List<Path> filesUnder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !directory.relativize(path).toString().startsWith("incoming"))
                    .sorted()
                    .toList();
        }
    }
}
