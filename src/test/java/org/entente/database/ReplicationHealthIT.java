package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import javax.sql.DataSource;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/**
 * The health endpoint's {@code replication} component on a real PostgreSQL of its own (issue 19):
 * alone, it is fine for a single server and DEGRADED for a cluster; once the server requires a
 * synchronous standby that is not there, its commits wait and it says so, OUT_OF_SERVICE.
 */
@RunsAlongside
class ReplicationHealthIT {

    @Test
    void aServerWithoutStandbySaysWhatThatMeansForItsWrites() throws Exception {
        try (EmbeddedPostgres server =
                EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            DataSource dataSource = server.getPostgresDatabase();
            assertThat(health(dataSource, false)).isEqualTo(Status.UP);
            Status alone = health(dataSource, true);
            assertThat(alone.getCode()).isEqualTo("DEGRADED");
            assertThat(alone.getDescription()).contains("acknowledged by this server alone");

            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("alter system set synchronous_standby_names = 'standby_that_never_came'");
                statement.execute("select pg_reload_conf()");
            }
            Status waiting = awaitReload(dataSource);
            assertThat(waiting.getCode()).isEqualTo("OUT_OF_SERVICE");
            assertThat(waiting.getDescription())
                    .isEqualTo("writes wait: synchronous replication is required"
                            + " (synchronous_standby_names = 'standby_that_never_came') and no standby is connected");
        }
    }

    private static Status health(DataSource dataSource, boolean standbyExpected) {
        return new ReplicationHealth(dataSource, standbyExpected, Duration.ofSeconds(10))
                .health()
                .getStatus();
    }

    /** A reload reaches new sessions at once, but give the postmaster a moment; no fixed sleep. */
    private static Status awaitReload(DataSource dataSource) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Status status = health(dataSource, false);
        while ("UP".equals(status.getCode()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            status = health(dataSource, false);
        }
        return status;
    }
}
