package org.entente.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded PostgreSQL 17 server, its data in {@code <data-dir>/postgres}, on one port for the
 * life of the application, every role behind the generated {@link DatabasePassword}.
 *
 * <p>It is stopped by {@link #close()} only: not by a JVM shutdown hook of its own, which would stop
 * it while the application still writes (the audit checkpoint at shutdown). Once {@link
 * #supervise} has been called, a server that dies is started again on the same port and data; the
 * connection pools reconnect by themselves.
 */
final class EmbeddedServer implements Closeable {

    static final String DATABASE = "entente";
    static final String OWNER = "entente_owner";
    static final String APP = "entente_app";

    private static final Duration FIRST_START_WAIT = Duration.ofSeconds(60);
    private static final Duration RESTART_WAIT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration SERVING_WAIT = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final Path directory;
    private final String password;
    private final boolean flushToDisk;
    private volatile int port;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closing;
    private Thread supervisor;

    private EmbeddedServer(Path directory, String password, boolean flushToDisk) {
        this.directory = directory;
        this.password = password;
        this.flushToDisk = flushToDisk;
    }

    /** Starts the server in {@code <dataDir>/postgres}, making the data directory, roles and database if need be. */
    static EmbeddedServer start(Path dataDir) throws IOException, SQLException {
        return start(dataDir, true);
    }

    /**
     * As {@link #start(Path)}; with {@code flushToDisk} false, {@code fsync} is off: a commit still
     * reaches the operating system (it survives the server's crash, not the machine's), without
     * waiting for the disk. For tests and throwaway instances only ({@code
     * entente.database.flush-to-disk=false}).
     */
    static EmbeddedServer start(Path dataDir, boolean flushToDisk) throws IOException, SQLException {
        Path home = dataDir.toAbsolutePath();
        Path directory = home.resolve("postgres");
        Files.createDirectories(directory);
        if (!Files.exists(home.resolve(DatabasePassword.FILE)) && !PasswordAuthentication.trusting(directory)) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL in " + directory + " asks for the password kept in "
                            + home.resolve(DatabasePassword.FILE) + ", which is missing: restore that file from a copy "
                            + "of the data directory (docs/operations.md)");
        }
        var server = new EmbeddedServer(directory, DatabasePassword.readOrCreate(home), flushToDisk);
        OrphanedPostgres.stopIfRunning(directory);
        long started = System.nanoTime();
        server.postgres = server.launch(FIRST_START_WAIT);
        server.port = server.postgres.getPort();
        log.info(
                "Embedded PostgreSQL started on port {} in {} ms, data in {}",
                server.port,
                (System.nanoTime() - started) / 1_000_000,
                directory);
        server.prepare();
        return server;
    }

    private EmbeddedPostgres launch(Duration wait) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setConnectConfig("password", password)
                // The embedded defaults trade durability for speed; committed data must survive a power cut.
                .setServerConfig("fsync", flushToDisk ? "on" : "off")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                // The data of a committee host fits in memory: a random read costs about a sequential
                // one (the default 4 made the planner scan every activity rather than a plan's
                // index range). Short page queries never repay JIT compilation (tens of ms each).
                .setServerConfig("random_page_cost", "1.1")
                .setServerConfig("jit", "off")
                .setPGStartupWait(wait)
                .start();
    }

    /** Roles, database and passwords; and, for a data directory that still trusts, the password rules. */
    private void prepare() throws IOException {
        var admin = new SingleConnectionDataSource(
                url(PasswordAuthentication.SUPERUSER), PasswordAuthentication.SUPERUSER, password, true);
        try {
            JdbcClient sql = JdbcClient.create(admin);
            createRoleIfMissing(sql, OWNER);
            createRoleIfMissing(sql, APP);
            boolean exists = sql.sql("select count(*) from pg_database where datname = ?")
                            .param(DATABASE)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!exists) {
                sql.sql("create database " + DATABASE + " owner " + OWNER).update();
            }
            sql.sql("revoke all on database " + DATABASE + " from public").update();
            sql.sql("grant connect on database " + DATABASE + " to " + APP).update();
            PasswordAuthentication.setPasswords(sql, password, PasswordAuthentication.SUPERUSER, OWNER, APP);
            if (PasswordAuthentication.trusting(directory)) {
                PasswordAuthentication.requirePasswords(sql, directory);
            }
        } finally {
            admin.destroy();
        }
        letTextMatchUseIndexesUnderRowSecurity();
    }

    /**
     * Marks PostgreSQL's text-search match ({@code tsvector @@ tsquery}, function {@code ts_match_vq})
     * leakproof in Entente's database. Under row-level security the planner uses an index for a
     * condition only when its function is leakproof (else the condition must wait until the policy
     * has been checked on every row): without this, every search read the whole index table (issue
     * 17; docs/search.md). The function returns a boolean and raises no error that depends on the
     * row's text, which is what leakproof means. Only a superuser may mark it, and the mark lives in
     * the database's own catalog ({@code pg_proc}), so it is set here, at every start; an external
     * server needs the same statement once from its administrator (docs/search.md).
     */
    private void letTextMatchUseIndexesUnderRowSecurity() {
        var admin = new SingleConnectionDataSource(url(DATABASE), PasswordAuthentication.SUPERUSER, password, true);
        try {
            JdbcClient sql = JdbcClient.create(admin);
            boolean leakproof = sql.sql("select proleakproof from pg_proc where oid = 'ts_match_vq(tsvector, tsquery)'"
                            + "::regprocedure")
                    .query(Boolean.class)
                    .single();
            if (!leakproof) {
                sql.sql("alter function pg_catalog.ts_match_vq(tsvector, tsquery) leakproof")
                        .update();
            }
        } finally {
            admin.destroy();
        }
    }

    private static void createRoleIfMissing(JdbcClient sql, String role) {
        boolean exists = sql.sql("select count(*) from pg_roles where rolname = ?")
                        .param(role)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            sql.sql("create role " + role + " login nosuperuser nobypassrls nocreatedb nocreaterole")
                    .update();
        }
    }

    /** PostgreSQL's own data directory, {@code <data-dir>/postgres}. */
    Path directory() {
        return directory;
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    /** The JDBC URL of a database on this server, without credentials. */
    String url(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Unpooled connections as {@code user}, with the password. */
    DataSource dataSource(String user, String database) {
        var source = new PGSimpleDataSource();
        source.setURL(url(database));
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    /**
     * Watches the server from now on: when its postmaster dies, it is started again on the same port
     * and data (recovering from its write-ahead log), and {@code restarted} is told when it died and
     * when it was back. "Back" is when a query through {@code serving} (the application's pool)
     * answers, not when the postmaster does: see {@link #awaitServing}. A server that will not start
     * again within {@code attempts} tries leaves {@code gaveUp} to end the application, for a service
     * manager to restart it whole.
     */
    synchronized void supervise(
            Supplier<DataSource> serving, BiConsumer<Instant, Instant> restarted, int attempts, Runnable gaveUp) {
        if (supervisor != null) {
            return;
        }
        supervisor = new Thread(() -> watch(serving, restarted, attempts, gaveUp), "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void watch(
            Supplier<DataSource> serving, BiConsumer<Instant, Instant> restarted, int attempts, Runnable gaveUp) {
        while (!closing) {
            try {
                Thread.sleep(POLL.toMillis());
                Optional<Long> pid = postmasterPid();
                if (closing
                        || pid.flatMap(ProcessHandle::of)
                                .map(ProcessHandle::isAlive)
                                .orElse(false)) {
                    continue;
                }
                Instant died = Instant.now();
                log.error(
                        "The embedded PostgreSQL (pid {}) has stopped unexpectedly; starting it again",
                        pid.orElse(-1L));
                if (restart(attempts)) {
                    if (!awaitServing(serving.get())) {
                        log.warn(
                                "The restarted PostgreSQL does not serve the application's queries after {} s",
                                SERVING_WAIT.toSeconds());
                    }
                    Instant back = Instant.now();
                    log.warn(
                            "The embedded PostgreSQL is back after {} ms",
                            Duration.between(died, back).toMillis());
                    restarted.accept(died, back);
                } else if (!closing) {
                    log.error(
                            "The embedded PostgreSQL did not start again after {} attempts; stopping Entente",
                            attempts);
                    gaveUp.run();
                    return;
                }
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException e) {
                log.error("Supervising the embedded PostgreSQL failed", e);
            }
        }
    }

    /**
     * Waits until {@code select 1} answers through {@code serving}, at most {@link #SERVING_WAIT}.
     * The library's start already waited for a {@code select 1} on a fresh connection; what can
     * still fail is the pool: while the server was down its connection adder backed off (doubling
     * up to 5 s between tries, HikariCP), so the first checkouts after the restart may wait out the
     * pool's 3 s {@code connection-timeout} and fail, carrying the adder's last failure as their
     * cause ("the database system is starting up", from a try made during recovery). Asking until
     * the pool answers makes "back" mean back for the application: what the restart's listeners
     * (the audit entry) then write goes through at the first try.
     */
    private boolean awaitServing(DataSource serving) throws InterruptedException {
        long deadline = System.nanoTime() + SERVING_WAIT.toNanos();
        while (!closing) {
            try (Connection connection = serving.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("select 1");
                return true;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                log.info("The restarted PostgreSQL does not serve yet: {}", notYet.getMessage());
                Thread.sleep(POLL.toMillis());
            }
        }
        return false;
    }

    private boolean restart(int attempts) throws InterruptedException {
        closeQuietly(postgres);
        for (int attempt = 1; attempt <= attempts && !closing; attempt++) {
            // The dead server's processes end on their own; a stale postmaster.pid is then left for
            // PostgreSQL, which replaces it once no process holds the old shared memory.
            if (!OrphanedPostgres.awaitNoneWorkingIn(directory, RESTART_WAIT)) {
                log.warn("Processes of the stopped PostgreSQL still work in {}", directory);
            }
            try {
                postgres = launch(RESTART_WAIT);
                return true;
            } catch (IOException | RuntimeException notYet) {
                log.warn("Attempt {} to start the embedded PostgreSQL again failed: {}", attempt, notYet.getMessage());
                releaseLauncherLock();
                Thread.sleep(1000L * attempt);
            }
        }
        return false;
    }

    /**
     * A launch that failed keeps its lock on {@code epg-lock} (the library does not release it), and
     * this JVM would refuse the next attempt's lock on the same file: a new file is a new lock.
     */
    private void releaseLauncherLock() {
        try {
            Files.deleteIfExists(directory.resolve("epg-lock"));
        } catch (IOException e) {
            log.warn("Cannot remove {}: {}", directory.resolve("epg-lock"), e.getMessage());
        }
    }

    /** The postmaster's process id, from the first line of {@code postmaster.pid}. */
    Optional<Long> postmasterPid() {
        return OrphanedPostgres.pidIn(directory);
    }

    /** Stops supervising, then stops the server (a fast shutdown: open sessions are ended). */
    @Override
    public void close() {
        closing = true;
        Thread watching;
        synchronized (this) {
            watching = supervisor;
        }
        if (watching != null) {
            watching.interrupt();
            try {
                watching.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly(postgres);
        log.info("Embedded PostgreSQL stopped");
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Stopping the embedded PostgreSQL: {}", e.getMessage());
        }
    }
}
