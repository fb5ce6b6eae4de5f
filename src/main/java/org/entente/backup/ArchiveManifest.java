package org.entente.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.entente.backup.InstanceArchive.Entry;

/**
 * An archive's table of contents, the {@value #NAME} entry: its format, when it was made, each
 * module's migration history, and every other entry with its SHA-256, size and row count; and the
 * checks a restore makes of an archive against it before it writes anything.
 */
final class ArchiveManifest {

    static final String NAME = "MANIFEST";
    static final String FORMAT = "entente-backup 1";
    private static final HexFormat HEX = HexFormat.of();

    private ArchiveManifest() {}

    /** The manifest of a backup: the histories ({@link ArchiveTables#history}) and the entries written. */
    static String write(String history, List<Entry> entries) {
        var manifest = new StringBuilder(FORMAT).append('\n');
        manifest.append("created ").append(Instant.now()).append('\n');
        manifest.append(history);
        for (Entry e : entries) {
            manifest.append("entry %s %d %d %s%n".formatted(e.sha256(), e.size(), e.rows(), e.name()));
        }
        return manifest.toString();
    }

    /** The manifest's lines; refused when the archive has none, or one of a format this version does not know. */
    static String[] lines(ZipFile zip, Path source) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(NAME);
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
        return lines;
    }

    /** The migration histories the archive was made at, as {@link ArchiveTables#history} writes them. */
    static String history(String[] lines) {
        return String.join(
                "\n", Arrays.stream(lines).filter(l -> l.startsWith("history ")).toList());
    }

    /** The entries a manifest lists, in its order. */
    static List<Entry> read(ZipFile zip) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(NAME))) {
            return List.copyOf(entries(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .values());
        }
    }

    /** The entries the manifest's lines list, by name, in their order. */
    static Map<String, Entry> entries(String[] lines) {
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
    static void check(ZipFile zip, Map<String, Entry> entries) throws IOException {
        for (ZipEntry found : Collections.list(zip.entries())) {
            if (!found.getName().equals(NAME) && !entries.containsKey(found.getName())) {
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

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Passes bytes on to the archive without closing it, counting bytes and lines and hashing them. */
    static final class Measured extends FilterOutputStream {

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
