package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL lets nobody in without the generated password, new or upgraded. */
@RunsAlongside
class EmbeddedPostgresPasswordIT {

    @TempDir
    Path dataDir;

    @Test
    void noRoleConnectsWithoutThePasswordKeptOwnerOnly() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.start(dataDir)) {
            assertRefusedWithoutPassword(server);
            Path file = dataDir.resolve(DatabasePassword.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(file).strip())
                    .isEqualTo(server.password())
                    .hasSizeGreaterThanOrEqualTo(40);
            assertThat(JdbcClient.create(server.dataSource(PasswordAuthentication.SUPERUSER, "postgres"))
                            .sql("select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = ?")
                            .param(EmbeddedServer.APP)
                            .query(Boolean.class)
                            .single())
                    .isTrue();
        }
        // A second start reads the same password and the rules stay.
        try (EmbeddedServer again = EmbeddedServer.start(dataDir)) {
            assertRefusedWithoutPassword(again);
            assertThat(owner(again).sql("select 1").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aTrustingDataDirectoryOfAnEarlierVersionIsUpgradedAtStart() throws Exception {
        Path postgresDir = dataDir.resolve("postgres");
        // As the earlier versions left it: initdb -A trust, roles without passwords, data.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                .setDataDirectory(postgresDir)
                .setCleanDataDirectory(false)
                .start()) {
            JdbcClient.create(earlier.getPostgresDatabase())
                    .sql("create table kept (name text)")
                    .update();
            JdbcClient.create(earlier.getPostgresDatabase())
                    .sql("insert into kept values ('before the upgrade')")
                    .update();
        }
        assertThat(Files.readString(postgresDir.resolve("pg_hba.conf"))).contains("trust");
        assertThat(dataDir.resolve(DatabasePassword.FILE)).doesNotExist();

        try (EmbeddedServer upgraded = EmbeddedServer.start(dataDir)) {
            assertRefusedWithoutPassword(upgraded);
            assertThat(Files.readString(postgresDir.resolve("pg_hba.conf")))
                    .doesNotContain("trust")
                    .contains("scram-sha-256");
            assertThat(JdbcClient.create(upgraded.dataSource(PasswordAuthentication.SUPERUSER, "postgres"))
                            .sql("select name from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("before the upgrade");
        }
    }

    @Test
    void aMissingPasswordFileIsNamedInsteadOfWaitingForTheServer() throws Exception {
        EmbeddedServer.start(dataDir).close();
        Files.delete(dataDir.resolve(DatabasePassword.FILE));
        assertThatThrownBy(() -> EmbeddedServer.start(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DatabasePassword.FILE);
    }

    private static void assertRefusedWithoutPassword(EmbeddedServer server) {
        for (String role : new String[] {PasswordAuthentication.SUPERUSER, EmbeddedServer.OWNER, EmbeddedServer.APP}) {
            for (String database : new String[] {"postgres", EmbeddedServer.DATABASE}) {
                var noPassword = new Properties();
                noPassword.setProperty("user", role);
                assertThatThrownBy(() -> DriverManager.getConnection(server.url(database), noPassword))
                        .as("%s without a password on %s", role, database)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password");
                var wrong = new Properties();
                wrong.setProperty("user", role);
                wrong.setProperty("password", "postgres");
                assertThatThrownBy(() -> DriverManager.getConnection(server.url(database), wrong))
                        .as("%s with a guessed password on %s", role, database)
                        .isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState())
                        .isEqualTo("28P01");
            }
        }
    }

    private static JdbcClient owner(EmbeddedServer server) {
        return JdbcClient.create(server.dataSource(EmbeddedServer.OWNER, EmbeddedServer.DATABASE));
    }
}
