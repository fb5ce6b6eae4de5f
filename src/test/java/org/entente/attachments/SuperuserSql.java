package org.entente.attachments;

import org.entente.database.SuperuserConnections;

/** Statements as the superuser, past row-level security: to make a test's rows look older. */
final class SuperuserSql {

    private SuperuserSql() {}

    static void execute(SuperuserConnections superuser, String statements) throws Exception {
        try (var connection = superuser.open();
                var statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /** The first column of the first row. */
    static String string(SuperuserConnections superuser, String query) throws Exception {
        try (var connection = superuser.open();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
