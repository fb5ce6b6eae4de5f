package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/**
 * A node pointed at a standby (issue 19): a real PostgreSQL in recovery (started with {@code
 * standby.signal}, read-only) is refused at start with one line, and the health indicator says why
 * the node cannot write; the same server as a primary passes both.
 */
@RunsAlongside
class StandbyRefusedIT {

    @TempDir
    Path dataDir;

    @Test
    void aStandbyIsRefusedWithOneLineAndReportedDown() throws Exception {
        try (EmbeddedPostgres primary = server()) {
            var dataSource = primary.getPostgresDatabase();
            assertThat(new PrimaryCheck().postProcessAfterInitialization(dataSource, "dataSource"))
                    .isSameAs(dataSource);
            assertThat(new PrimaryDatabaseHealth(dataSource).health().getStatus())
                    .isEqualTo(Status.UP);
        }
        Files.createFile(dataDir.resolve("standby.signal"));
        try (EmbeddedPostgres standby = server()) {
            var dataSource = standby.getPostgresDatabase();
            assertThatThrownBy(() -> new PrimaryCheck().postProcessAfterInitialization(dataSource, "dataSource"))
                    .isInstanceOf(PrimaryCheck.Standby.class)
                    .hasMessageContaining("is a standby in recovery (read-only), not the primary")
                    .satisfies(refused -> {
                        assertThat(refused.getMessage()).doesNotContain("\n");
                        var analysis = new StandbyRefused().analyze(refused);
                        assertThat(analysis.getDescription()).isEqualTo(refused.getMessage());
                        assertThat(analysis.getAction()).contains("targetServerType=primary");
                    });
            Status status = new PrimaryDatabaseHealth(dataSource).health().getStatus();
            assertThat(status.getCode()).isEqualTo("DOWN");
            assertThat(status.getDescription()).isEqualTo("the database is a standby in recovery (read-only)");
        }
    }

    private EmbeddedPostgres server() throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
    }
}
