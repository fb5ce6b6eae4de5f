package org.entente.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Connections as the embedded PostgreSQL's superuser, which row-level security does not filter:
 * for whole-instance maintenance (backup and restore) only, never for serving requests. Exists only
 * with the embedded database; an external one is backed up with pg_dump (README).
 */
public class SuperuserConnections {

    private final String url;
    private final String user;
    private final String password;

    SuperuserConnections(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
