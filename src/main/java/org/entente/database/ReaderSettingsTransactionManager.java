package org.entente.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.entente.shared.Subject;
import org.entente.shared.WithThePage;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Every transaction tells PostgreSQL who is reading: the subject's nation and clearance become the
 * transaction-local settings {@code entente.nation} and {@code entente.clearance} that the row-level
 * security policies read. With nobody signed in both are empty, and the policies let nothing
 * through: a query that forgets its filter, or runs outside a transaction, still returns nothing
 * it should not.
 *
 * <p>A transaction may ask for more transaction-local settings with labels of the form {@code
 * name=value} ({@code @Transactional(label = "statement_timeout=2s")}): they are set by the same
 * statement, not by another round trip of the transaction's own.
 */
class ReaderSettingsTransactionManager extends JdbcTransactionManager {

    /** A PostgreSQL setting's name, and a value without quotes or control characters. */
    private static final Pattern SETTING = Pattern.compile("([a-z_]{1,63})=([\\w .:-]{1,100})");

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
        List<String> settings = settings(definition);
        var sql = new StringBuilder(
                "select set_config('entente.nation', ?, true), set_config('entente.clearance', ?, true)");
        for (int i = 0; i < settings.size(); i += 2) {
            sql.append(", set_config(?, ?, true)");
        }
        try (var statement = connection.prepareStatement(sql.toString())) {
            statement.setString(1, nation);
            statement.setString(2, clearance);
            for (int i = 0; i < settings.size(); i++) {
                statement.setString(3 + i, settings.get(i));
            }
            statement.execute();
        }
    }

    /**
     * A new read-only transaction answers the questions the request's page asked ({@link
     * WithThePage}) before it commits, under the reader's settings it has already set.
     */
    @Override
    protected void prepareSynchronization(DefaultTransactionStatus status, TransactionDefinition definition) {
        super.prepareSynchronization(status, definition);
        if (status.isNewTransaction() && status.isNewSynchronization() && definition.isReadOnly()) {
            WithThePage.readOnlyTransactionBegun();
        }
    }

    /** The settings the transaction's labels ask for, name then value; a label of another form is no setting. */
    static List<String> settings(TransactionDefinition definition) {
        if (!(definition instanceof TransactionAttribute attribute)
                || attribute.getLabels().isEmpty()) {
            return List.of();
        }
        var settings = new ArrayList<String>();
        for (String label : attribute.getLabels()) {
            var setting = SETTING.matcher(label);
            if (setting.matches() && !setting.group(1).startsWith("entente")) {
                settings.add(setting.group(1));
                settings.add(setting.group(2));
            }
        }
        return settings;
    }
}
