package org.entente.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The health endpoint's {@code replication} component (issue 19): whether the writes this node's
 * primary acknowledges are also on a standby ({@link Replication} decides). Not part of readiness:
 * a primary left alone still serves, and taking every node out of the load balancer for it would
 * turn a risk into an outage; the endpoint and the log say it instead, once per change.
 */
class ReplicationHealth implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ReplicationHealth.class);

    static final String QUERY = """
            select pg_is_in_recovery(), current_setting('synchronous_standby_names'),
                   (select count(*) from pg_stat_replication),
                   (select count(*) from pg_stat_replication where sync_state in ('sync', 'quorum')),
                   (select extract(epoch from max(replay_lag)) from pg_stat_replication),
                   pg_has_role(current_user, 'pg_read_all_stats', 'usage')""";

    private final DataSource dataSource;
    private final boolean standbyExpected;
    private final Duration maxLag;
    private final ChangeLog changes =
            new ChangeLog(log, "Replication", "Replication: writes are on a synchronous standby again");

    ReplicationHealth(DataSource dataSource, boolean standbyExpected, Duration maxLag) {
        this.dataSource = dataSource;
        this.standbyExpected = standbyExpected;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        Replication replication;
        try {
            replication = read();
        } catch (SQLException e) {
            // primaryDatabase says the database cannot be reached; nothing to add here
            return Health.unknown().build();
        }
        var problem = replication.problem(standbyExpected, maxLag);
        String reason = problem.map(Replication.Problem::reason).orElse("");
        changes.report(reason);
        // The reason is the status's description, as in PrimaryDatabaseHealth.
        return problem.map(
                        p -> Health.status(new Status(p.status(), p.reason())).build())
                .orElseGet(() -> Health.up().build());
    }

    Replication read() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(QUERY)) {
            result.next();
            double lag = result.getDouble(5);
            return new Replication(
                    result.getBoolean(1),
                    result.getString(2),
                    result.getInt(3),
                    result.getInt(4),
                    result.wasNull() ? null : lag,
                    result.getBoolean(6));
        }
    }
}
