package org.entente.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
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
 * into the database at the next start like any file left there. A {@value #MANIFEST} names every entry with
 * its SHA-256, size and row count, and each module's migration history.
 *
 * <p>A restore goes only into an empty instance of the same schema versions; it checks every
 * entry's hash before it writes anything, loads all tables in one transaction, and verifies the
 * audit trail when done.
 */
@Service
public class InstanceArchive {

    static final String MANIFEST = "MANIFEST";
    static final String FORMAT = "entente-backup 1";
    private static final Logger log = LoggerFactory.getLogger(InstanceArchive.class);
    private static final HexFormat HEX = HexFormat.of();

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

    private record Table(String schema, String name, String columns) {

        String entry() {
            return "database/" + schema + "." + name + ".copy";
        }

        String qualified() {
            return quote(schema) + "." + quote(name);
        }
    }

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
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : tables(db)) {
                zip.putNextEntry(new ZipEntry(table.entry()));
                var out = new Measured(zip);
                copy.copyOut("copy " + table.qualified() + " (" + table.columns() + ") to stdout", out);
                zip.closeEntry();
                entries.add(new Entry(table.entry(), out.sha256(), out.size, out.lines));
            }
            String history = history(db);
            db.commit();
            for (String directory : List.of("audit")) {
                for (Path path : filesUnder(dataDir.resolve(directory))) {
                    String name = directory + "/"
                            + dataDir.resolve(directory)
                                    .relativize(path)
                                    .toString()
                                    .replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(name));
                    var out = new Measured(zip);
                    Files.copy(path, out);
                    zip.closeEntry();
                    entries.add(new Entry(name, out.sha256(), out.size, -1));
                }
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(history, entries).getBytes(StandardCharsets.UTF_8));
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
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null || manifestEntry.getSize() > 10_000_000) {
                throw new ArchiveRefused(source + " is not an Entente backup (no manifest).");
            }
            String manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = new String(in.readNBytes(10_000_000), StandardCharsets.UTF_8);
            }
            String[] lines = manifest.split("\n");
            if (lines.length < 1 || !lines[0].equals(FORMAT)) {
                throw new ArchiveRefused(source + " is not an Entente backup of a known format.");
            }
            Map<String, Entry> entries = entries(lines);
            checkArchive(zip, entries);
            requireEmpty(db);
            String history = history(db);
            String archived = String.join(
                    "\n",
                    java.util.Arrays.stream(lines)
                            .filter(l -> l.startsWith("history "))
                            .toList());
            if (!history.strip().equals(archived.strip())) {
                throw new ArchiveRefused("The archive was made by another version of Entente (its migrations differ "
                        + "from this one's); restore it with the version that made it.");
            }
            loadTables(db, zip, entries);
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
            return new Restored(readManifest(zip), verification);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Entry> readManifest(ZipFile zip) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST))) {
            return List.copyOf(entries(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .values());
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

    /** Every table of the modules' schemas but the migration histories, in a fixed order. */
    private static List<Table> tables(Connection db) throws SQLException {
        var tables = new ArrayList<Table>();
        try (Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("""
                        select c.table_schema, c.table_name,
                               string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position)
                          from information_schema.columns c
                          join pg_tables t on t.schemaname = c.table_schema and t.tablename = c.table_name
                         where c.table_schema not in ('pg_catalog', 'information_schema')
                           and c.is_generated = 'NEVER'
                           and not exists (select 1 from information_schema.columns h
                                            where h.table_schema = c.table_schema and h.table_name = c.table_name
                                              and h.column_name = 'installed_rank')
                         group by c.table_schema, c.table_name
                         order by c.table_schema, c.table_name""")) {
            while (rs.next()) {
                tables.add(new Table(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return tables;
    }

    /** Each migration history, one line each: which module's schema is at which versions. */
    private static String history(Connection db) throws SQLException {
        var histories = new ArrayList<String>();
        try (Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("""
                        select table_schema, table_name from information_schema.columns
                         where column_name = 'installed_rank' order by 1, 2""")) {
            while (rs.next()) {
                histories.add(quote(rs.getString(1)) + "." + quote(rs.getString(2)));
            }
        }
        var lines = new StringBuilder();
        for (String history : histories) {
            try (Statement query = db.createStatement();
                    ResultSet rs = query.executeQuery(
                            "select coalesce(string_agg(version, ',' order by installed_rank), '') from " + history
                                    + " where success and version is not null")) {
                rs.next();
                lines.append("history ")
                        .append(history)
                        .append(' ')
                        .append(rs.getString(1))
                        .append('\n');
            }
        }
        return lines.toString();
    }

    private static String manifest(String history, List<Entry> entries) {
        var manifest = new StringBuilder(FORMAT).append('\n');
        manifest.append("created ").append(Instant.now()).append('\n');
        manifest.append(history);
        for (Entry e : entries) {
            manifest.append("entry %s %d %d %s%n".formatted(e.sha256(), e.size(), e.rows(), e.name()));
        }
        return manifest.toString();
    }

    private static Map<String, Entry> entries(String[] lines) {
        var entries = new LinkedHashMap<String, Entry>();
        for (String line : lines) {
            if (line.startsWith("entry ")) {
                String[] fields = line.split(" ", 5);
                entries.put(
                        fields[4],
                        new Entry(fields[4], fields[1], Long.parseLong(fields[2]), Long.parseLong(fields[3])));
            }
        }
        return entries;
    }

    /** Every entry listed, safe to write, of its size and hash; nothing else in the archive. */
    private static void checkArchive(ZipFile zip, Map<String, Entry> entries) throws IOException {
        for (ZipEntry found : java.util.Collections.list(zip.entries())) {
            if (!found.getName().equals(MANIFEST) && !entries.containsKey(found.getName())) {
                throw new ArchiveRefused(
                        "The archive holds " + found.getName() + ", which its manifest does not list.");
            }
        }
        for (Entry entry : entries.values()) {
            String name = entry.name();
            boolean safe = (name.startsWith("database/") || name.startsWith("files/") || name.startsWith("audit/"))
                    && !name.contains("..")
                    && !name.contains("\\")
                    && !name.startsWith("/");
            ZipEntry found = zip.getEntry(name);
            if (!safe || found == null) {
                throw new ArchiveRefused("The archive's entry " + name + " is missing or not a safe name.");
            }
            MessageDigest digest = newSha256();
            long size = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(found), digest)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > entry.size()) {
                        break;
                    }
                }
            }
            if (size != entry.size() || !HEX.formatHex(digest.digest()).equals(entry.sha256())) {
                throw new ArchiveRefused("The archive's entry " + name + " does not match its SHA-256 in the "
                        + "manifest: the archive is damaged or was altered.");
            }
        }
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

    private static void loadTables(Connection db, ZipFile zip, Map<String, Entry> entries)
            throws SQLException, IOException {
        db.setAutoCommit(false);
        try {
            try (Statement settings = db.createStatement()) {
                // Foreign keys and triggers were satisfied when the rows were written: load them as they are.
                settings.execute("set local session_replication_role = replica");
            }
            List<Table> tables = tables(db);
            try (Statement truncate = db.createStatement()) {
                truncate.execute("truncate "
                        + String.join(
                                ", ", tables.stream().map(Table::qualified).toList()));
            }
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : tables) {
                Entry entry = entries.get(table.entry());
                if (entry == null) {
                    throw new ArchiveRefused(
                            "The archive has no entry for " + table.schema() + "." + table.name() + ".");
                }
                try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
                    copy.copyIn("copy " + table.qualified() + " (" + table.columns() + ") from stdin", in);
                }
            }
            resetIdentities(db);
            db.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** Identity columns go on after the highest id restored. */
    private static void resetIdentities(Connection db) throws SQLException {
        var columns = new ArrayList<String[]>();
        try (Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("""
                        select table_schema, table_name, column_name from information_schema.columns
                         where is_identity = 'YES' and table_schema not in ('pg_catalog', 'information_schema')""")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        for (String[] c : columns) {
            String table = quote(c[0]) + "." + quote(c[1]);
            try (Statement update = db.createStatement()) {
                update.execute(
                        "select setval(pg_get_serial_sequence('%s', '%s'), coalesce(max(%s), 0) + 1, false) from %s"
                                .formatted(table.replace("'", "''"), c[2].replace("'", "''"), quote(c[2]), table));
            }
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

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Passes bytes on to the archive without closing it, counting bytes and lines and hashing them. */
    private static final class Measured extends FilterOutputStream {

        private final MessageDigest digest = newSha256();
        long size;
        long lines;

        Measured(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }

        String sha256() {
            return HEX.formatHex(digest.digest());
        }
    }
}
