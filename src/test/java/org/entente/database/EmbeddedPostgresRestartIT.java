package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded server keeps its data across restarts, and recovers from a killed predecessor. */
@RunsAlongside
class EmbeddedPostgresRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedServer first = start()) {
            // As installed (no entente.database.flush-to-disk=false): committed data survives a power cut.
            assertThat(owner(first).sql("show fsync").query(String.class).single())
                    .isEqualTo("on");
            assertThat(owner(first)
                            .sql("show synchronous_commit")
                            .query(String.class)
                            .single())
                    .isEqualTo("on");
            assertThat(owner(first)
                            .sql("show full_page_writes")
                            .query(String.class)
                            .single())
                    .isEqualTo("on");
            owner(first).sql("create table survivor (name text)").update();
            owner(first).sql("insert into survivor values ('kept')").update();
        }
        try (EmbeddedServer second = start()) {
            assertThat(owner(second)
                            .sql("select name from survivor")
                            .query(String.class)
                            .single())
                    .isEqualTo("kept");
        }
    }

    @Test
    void anOrphanedServerFromAKilledRunIsStoppedNotReused() throws Exception {
        Process crashed = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphanMaker.class.getName(),
                        dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(crashed.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("READY")) {
                // the child's start-up log
            }
            assertThat(line).as("the child JVM started PostgreSQL").isEqualTo("READY");
        }
        crashed.destroyForcibly().waitFor(); // SIGKILL: the JVM dies, its PostgreSQL lives on
        long orphanPid = Long.parseLong(Files.readAllLines(postgresDir().resolve("postmaster.pid"))
                .get(0)
                .strip());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedServer next = start()) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(owner(next)
                            .sql("select name from survivor")
                            .query(String.class)
                            .single())
                    .isEqualTo("committed before the crash");
        }
    }

    @Test
    void aStaleLockFileDoesNotBlockTheNextStart() throws Exception {
        start().close();
        // A lock file naming a process that is long gone, as a power cut leaves it.
        Files.writeString(postgresDir().resolve("postmaster.pid"), "999999\n" + postgresDir() + "\n");
        try (EmbeddedServer next = start()) {
            assertThat(owner(next).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aKilledPostmasterIsStartedAgainOnTheSamePortWithItsData() throws Exception {
        try (EmbeddedServer server = start()) {
            owner(server).sql("create table survivor (name text)").update();
            owner(server)
                    .sql("insert into survivor values ('committed before the kill')")
                    .update();
            var back = new CompletableFuture<Duration>();
            server.supervise(
                    () -> server.dataSource(EmbeddedServer.OWNER, EmbeddedServer.DATABASE),
                    (stopped, up) -> back.complete(Duration.between(stopped, up)),
                    5,
                    () -> back.cancel(false));
            int port = server.port();
            long pid = server.postmasterPid().orElseThrow();

            long killed = System.nanoTime();
            new ProcessBuilder("kill", "-KILL", Long.toString(pid)).start().waitFor();
            Duration downFor = back.get(60, TimeUnit.SECONDS);
            long tookMs = (System.nanoTime() - killed) / 1_000_000;
            System.out.printf(
                    "Postmaster killed; back after %d ms (down for %d ms as seen)%n", tookMs, downFor.toMillis());

            assertThat(server.port()).isEqualTo(port);
            assertThat(server.postmasterPid()).isPresent().isNotEqualTo(java.util.Optional.of(pid));
            assertThat(owner(server)
                            .sql("select name from survivor")
                            .query(String.class)
                            .single())
                    .isEqualTo("committed before the kill");
        }
    }

    private EmbeddedServer start() throws Exception {
        return EmbeddedServer.start(dataDir);
    }

    private Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    private static JdbcClient owner(EmbeddedServer postgres) {
        return JdbcClient.create(postgres.dataSource(EmbeddedServer.OWNER, EmbeddedServer.DATABASE));
    }
}
