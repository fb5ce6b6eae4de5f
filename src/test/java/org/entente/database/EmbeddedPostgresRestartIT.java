package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.TestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded server keeps its data across restarts, and recovers from a killed predecessor. */
class EmbeddedPostgresRestartIT {

    @TempDir
    Path dataDir;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedPostgres first = start()) {
            owner(first).sql("create table survivor (name text)").update();
            owner(first).sql("insert into survivor values ('kept')").update();
        }
        try (EmbeddedPostgres second = start()) {
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

        try (EmbeddedPostgres next = start()) {
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
        try (EmbeddedPostgres next = start()) {
            assertThat(owner(next).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    private EmbeddedPostgres start() throws Exception {
        return configuration.embeddedPostgres(TestProperties.withDataDir(dataDir));
    }

    private Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    private static JdbcClient owner(EmbeddedPostgres postgres) {
        return JdbcClient.create(
                postgres.getDatabase(EmbeddedDatabaseConfiguration.OWNER, EmbeddedDatabaseConfiguration.DATABASE));
    }
}
