package org.entente.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Refuses to start on a standby: an application node writes, and a server in recovery (a streaming
 * replica) refuses every write, so a node configured with a standby's address would answer every
 * change with an error. Checked on each data source as it is made, before the migrations run.
 * (With a multi-host URL and {@code targetServerType=primary} the driver itself picks the primary.)
 */
class PrimaryCheck implements BeanPostProcessor {

    /** The configured database is a standby. */
    static final class Standby extends RuntimeException {
        Standby(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                refuseStandby(connection, beanName);
            } catch (SQLException unreachable) {
                // Not this check's to report: the first use says why (DatabaseUnreachable).
            }
        }
        return bean;
    }

    static void refuseStandby(Connection connection, String which) throws SQLException {
        if (inRecovery(connection)) {
            throw new Standby("Entente refuses to start: the database at "
                    + connection.getMetaData().getURL() + " (" + which
                    + ") is a standby in recovery (read-only), not the primary.");
        }
    }

    static boolean inRecovery(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select pg_is_in_recovery()")) {
            return result.next() && result.getBoolean(1);
        }
    }
}
