package org.entente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.entente.database.SuperuserConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * A migrated data directory with the demo loaded, made once per test JVM and copied into every
 * further demo application's data directory: PostgreSQL's {@code CREATE DATABASE … TEMPLATE}, one
 * level up, since each test application runs a server of its own. The first demo application of the
 * JVM migrates and loads the demo as before; once it is ready, its server is copied with
 * PostgreSQL's backup functions ({@code pg_backup_start}, the files, {@code pg_backup_stop} and its
 * {@code backup_label}), so the copy is consistent although the application keeps running. A later
 * application starts on a copy: PostgreSQL replays the little WAL written during the copy, Flyway
 * finds every module migrated, the demo finds itself loaded (and leaves it as it is). Before the
 * template, each of the seven or eight demo applications of a run migrated 17 modules and loaded the
 * demo again, about 20 CPU-s each under load.
 *
 * <p>A copy is used only by an application with the same {@code entente.*} settings as the one the
 * template was made from (the data directory and mail settings aside): settings that could change
 * what the migrations or the demo write never share a template.
 */
final class DemoTemplate {

    private static final Logger log = LoggerFactory.getLogger(DemoTemplate.class);

    /** Settings that decide nothing about what is loaded: where the data lives, where mail goes. */
    private static final String DATA_DIR = "entente.data-dir";

    private static final String MAIL = "entente.mail.";

    /** Whether the server syncs to disk: set at each start, not kept in the data. */
    private static final String FLUSH = "entente.database.flush-to-disk";

    /** {@code -Dentente.demo-template=false}: every demo application migrates and loads as before (to compare). */
    private static final boolean ON = Boolean.parseBoolean(System.getProperty("entente.demo-template", "true"));

    /** Template directories made in this JVM, by the key of the settings they were loaded with. */
    private static final Map<String, Path> MADE = new HashMap<>();

    private DemoTemplate() {}

    /** The settings a template is shared under: every {@code entente.*} one that may shape the data. */
    static String key(ConfigurableEnvironment environment) {
        var settings = new TreeMap<String, String>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("entente.")
                            && !name.equals(DATA_DIR)
                            && !name.equals(FLUSH)
                            && !name.startsWith(MAIL)) {
                        settings.putIfAbsent(name, String.valueOf(environment.getProperty(name)));
                    }
                }
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(settings.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fills an empty data directory with a copy of the template made under the key, if there is
     * one; false (and nothing done) if there is none yet.
     */
    static synchronized boolean seed(String key, Path dataDir) {
        if (!ON) {
            return false;
        }
        Path template = MADE.get(key);
        if (template == null) {
            return false;
        }
        try {
            ClusterTemplate.copy(template, dataDir.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the demo template into " + dataDir, e);
        }
        return true;
    }

    /** Whether a template has been made under the key. */
    static synchronized boolean made(String key) {
        return MADE.containsKey(key);
    }

    /**
     * Copies the running application's data directory into a template, consistently: the files
     * beside the server first (passwords, audit keys and signed checkpoints: none of them ahead of
     * the database), then the server's files between {@code pg_backup_start} and {@code
     * pg_backup_stop}, its WAL again after, and the backup label that tells PostgreSQL where to start
     * replaying it.
     */
    static synchronized void make(String key, Path dataDir, SuperuserConnections superuser) {
        if (!ON || MADE.containsKey(key)) {
            return;
        }
        long started = System.nanoTime();
        Path from = dataDir.toAbsolutePath();
        Path template =
                from.resolveSibling("demo-template-" + ProcessHandle.current().pid() + "-" + key);
        try {
            ClusterTemplate.deleteRecursively(template);
            Files.createDirectories(template);
            try (var files = Files.list(from)) {
                for (Path file : files.toList()) {
                    if (!file.getFileName().toString().equals("postgres")) {
                        ClusterTemplate.copy(
                                file, template.resolve(file.getFileName().toString()));
                    }
                }
            }
            try (Connection connection = superuser.open();
                    Statement sql = connection.createStatement()) {
                sql.execute("select pg_backup_start('entente-demo-template', true)");
                ClusterTemplate.copy(from.resolve("postgres"), template.resolve("postgres"));
                String label;
                try (ResultSet stopped = sql.executeQuery("select labelfile from pg_backup_stop(false)")) {
                    stopped.next();
                    label = stopped.getString(1);
                }
                Path wal = template.resolve("postgres/pg_wal");
                ClusterTemplate.deleteRecursively(wal);
                ClusterTemplate.copy(from.resolve("postgres/pg_wal"), wal);
                Files.writeString(template.resolve("postgres/backup_label"), label);
            }
        } catch (IOException | SQLException e) {
            // No template: every application migrates and loads the demo itself, as it did before.
            log.warn("No demo template made from {}: {}", from, e.toString());
            return;
        }
        MADE.put(key, template);
        log.info("Demo template {} made in {} ms", template, (System.nanoTime() - started) / 1_000_000);
    }
}
