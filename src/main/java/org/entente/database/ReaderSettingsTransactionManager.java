package org.entente.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.entente.shared.Subject;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;

/**
 * Every transaction tells PostgreSQL who is reading: the subject's nation and clearance become the
 * transaction-local settings {@code entente.nation} and {@code entente.clearance} that the row-level
 * security policies read. With nobody signed in both are empty, and the policies let nothing
 * through: a query that forgets its filter, or runs outside a transaction, still returns nothing
 * it should not.
 */
class ReaderSettingsTransactionManager extends JdbcTransactionManager {

    ReaderSettingsTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String nation = "";
        String clearance = "";
        if (authentication != null && authentication.getPrincipal() instanceof Subject subject) {
            nation = subject.nation();
            clearance = Integer.toString(subject.clearance().ordinal());
        }
        try (var statement = connection.prepareStatement(
                "select set_config('entente.nation', ?, true), set_config('entente.clearance', ?, true)")) {
            statement.setString(1, nation);
            statement.setString(2, clearance);
            statement.execute();
        }
    }
}
