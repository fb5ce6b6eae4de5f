package org.entente.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.entente.shared.DatabaseRestarted;
import org.entente.shared.EntenteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts PostgreSQL 17 from the embedded binaries, with its data in {@code entente.data-dir}, and
 * supervises it (docs/operations.md).
 *
 * <p>Two roles, as on a production server: {@value EmbeddedServer#OWNER} owns the schemas and runs
 * the Flyway migrations; {@value EmbeddedServer#APP} is what the application connects as: it owns
 * nothing and cannot bypass row-level security. Both pools take the {@code spring.datasource.hikari.*}
 * settings (short connection and validation timeouts), as an external database's pool does.
 *
 * <p>Shutdown order follows the beans' dependencies: whatever uses a pool (the audit checkpoint
 * signed at shutdown) is destroyed before the pools close, and the pools before the server stops.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    /** The exit code when the embedded PostgreSQL cannot be started again: for a service manager to restart Entente. */
    static final int EXIT_DATABASE_LOST = 69;

    private static final int RESTART_ATTEMPTS = 5;

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(
            EntenteProperties properties,
            ApplicationEventPublisher events,
            ObjectProvider<DataSource> pools,
            @Value("${entente.database.flush-to-disk:true}") boolean flushToDisk)
            throws IOException, SQLException {
        EmbeddedServer server = EmbeddedServer.start(properties.dataDir(), flushToDisk);
        // Back when the application's pool (the primary one, made after this bean) answers again.
        server.supervise(
                pools::getObject,
                (stopped, back) -> events.publishEvent(new DatabaseRestarted(stopped, back)),
                RESTART_ATTEMPTS,
                () -> new Thread(() -> System.exit(EXIT_DATABASE_LOST), "entente-exit").start());
        return server;
    }

    @Bean
    SuperuserConnections superuserConnections(EmbeddedServer server) {
        return new SuperuserConnections(
                server.url(EmbeddedServer.DATABASE), PasswordAuthentication.SUPERUSER, server.password());
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedServer server) {
        return pool(server, EmbeddedServer.APP, "entente-app", 10);
    }

    @Bean
    @FlywayDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource migrationDataSource(EmbeddedServer server) {
        return pool(server, EmbeddedServer.OWNER, "entente-migrations", 2);
    }

    /**
     * The {@code db} health indicator (in the readiness group) checks the pool that serves requests
     * only: checking the migrations' pool too would double the time readiness takes to go down.
     */
    @Bean
    DataSourceHealthIndicator dbHealthIndicator(HikariDataSource dataSource) {
        return new DataSourceHealthIndicator(dataSource);
    }

    private static HikariDataSource pool(EmbeddedServer server, String user, String name, int size) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(server.url(EmbeddedServer.DATABASE));
        pool.setUsername(user);
        pool.setPassword(server.password());
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(0);
        return pool;
    }
}
