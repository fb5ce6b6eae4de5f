package org.entente.identity;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.FlushMode;
import org.springframework.session.SaveMode;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed-in sessions kept in PostgreSQL ({@code identity.spring_session}, made by Flyway) when
 * {@code entente.sessions=database}: every node of a cluster reads the same sessions, so a user stays
 * signed in when the node serving them stops. Without the setting (one machine) sessions stay in the
 * node's memory, as before; Spring Boot's own JDBC session configuration is excluded in
 * application.properties so that the choice is this one setting.
 *
 * <p>The repository is made here rather than by Spring Session's configuration, for its transactions:
 * the application's transaction manager hands PostgreSQL the signed-in reader, who is read from the
 * session — loading the session inside one of those would load the session again, without end. The
 * session tables carry no label and no row-level security, so a plain transaction does.
 *
 * <p>A session is written only when it changed ({@link FlushMode#ON_SAVE}, {@link
 * SaveMode#ON_SET_ATTRIBUTE}), and the time of its last use at most once a {@code
 * entente.sessions.touch-every} ({@link CoalescedSessions}): reading a page costs one SELECT, not an
 * UPDATE too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "entente.sessions", havingValue = "database")
@EnableSpringHttpSession
class DatabaseSessions {

    static final String TABLE = "identity.spring_session";

    @Bean(destroyMethod = "destroy")
    CoalescedSessions databaseSessionRepository(
            DataSource dataSource,
            @Value("${server.servlet.session.timeout:15m}") Duration timeout,
            @Value("${entente.sessions.touch-every:60s}") Duration touchEvery,
            @Value("${entente.sessions.cleanup-cron:0 */5 * * * *}") String cleanup) {
        var jdbc = new JdbcIndexedSessionRepository(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        jdbc.setTableName(TABLE);
        jdbc.setDefaultMaxInactiveInterval(timeout);
        jdbc.setFlushMode(FlushMode.ON_SAVE);
        jdbc.setSaveMode(SaveMode.ON_SET_ATTRIBUTE);
        // Every node deletes the expired sessions: the delete is idempotent, and cheap on its index.
        jdbc.setCleanupCron(cleanup);
        // Two requests of one session (a page and its htmx fragment) can both add the same attribute
        // to it; the second plain INSERT then broke the session's primary key and answered 500 (seen
        // at sign-in in the failover drill's node logs). Spring Session's PostgreSQL customizer turns
        // the attribute insert into an upsert.
        new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(jdbc);
        jdbc.afterPropertiesSet();
        return new CoalescedSessions(jdbc, touchEvery);
    }
}
