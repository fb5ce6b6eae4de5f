package org.entente.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.entente.shared.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Starts PostgreSQL 17 from the embedded binaries, with its data in {@code entente.data-dir}.
 *
 * <p>Two roles, as on a production server: {@value #OWNER} owns the schemas and runs the Flyway
 * migrations; {@value #APP} is what the application connects as: it owns nothing and cannot bypass
 * row-level security.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "entente";
    static final String OWNER = "entente_owner";
    static final String APP = "entente_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EntenteProperties properties) throws IOException, SQLException {
        Path directory = properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(directory);
        OrphanedPostgres.stopIfRunning(directory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // The embedded defaults trade durability for speed; committed data must survive a power cut.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        log.info(
                "Embedded PostgreSQL started on port {} in {} ms, data in {}",
                postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000,
                directory);
        prepareDatabase(postgres);
        return postgres;
    }

    private static void prepareDatabase(EmbeddedPostgres postgres) throws SQLException {
        var admin = new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", "postgres"), true);
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

    @Bean
    SuperuserConnections superuserConnections(EmbeddedPostgres postgres) {
        return new SuperuserConnections(postgres.getJdbcUrl("postgres", DATABASE));
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return pool(postgres, APP, "entente-app", 10);
    }

    @Bean
    @FlywayDataSource
    HikariDataSource migrationDataSource(EmbeddedPostgres postgres) {
        return pool(postgres, OWNER, "entente-migrations", 2);
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, String user, String name, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl(user, DATABASE));
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(0);
        return pool;
    }
}
