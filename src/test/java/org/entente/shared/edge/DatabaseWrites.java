package org.entente.shared.edge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rows a request wrote, seen as the embedded PostgreSQL's superuser (row-level security
 * does not hide them). Cheap when nothing was written: a transaction that writes takes a
 * transaction id, so an unchanged next id means no row changed anywhere. When it moved, every table
 * is asked for the row versions created since (their {@code xmin}: inserted or updated rows). A
 * delete leaves no row version behind and is not seen here.
 */
final class DatabaseWrites implements AutoCloseable {

    /**
     * What a refused request may still leave behind: the audit trail's record of the refusal or of
     * the reads that showed the form again (the outcome and action of those are checked apart), and
     * the count of failed sign-ins, by account and by address, that every node of a cluster reads.
     */
    static final Set<String> EXPECTED_ON_REFUSAL =
            Set.of("audit.event", "identity.account", "identity.sign_in_failure");

    /** Written by the scheduler's own thread (the lock of each scheduled job), never by a request. */
    static final Set<String> BACKGROUND = Set.of("shared.scheduled_lock");

    private final Connection connection;
    private final List<String> tables = new ArrayList<>();
    private long mark;
    private String markedAt;

    /**
     * The outbox of domain events: a listener that runs after an earlier request's transaction (out of
     * band) marks that earlier publication complete, an update that lands after the next mark. Only
     * publications made since the mark count as this request's.
     */
    private static final String OUTBOX = "notifications.event_publication";

    DatabaseWrites(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select table_schema || '.' || table_name from information_schema.tables
                         where table_type = 'BASE TABLE'
                           and table_schema not in ('pg_catalog', 'information_schema')
                           and table_name not like 'flyway%'
                         order by 1""")) {
            while (rs.next()) {
                if (!BACKGROUND.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        mark();
    }

    /** Marks now as the moment to compare with. */
    void mark() throws SQLException {
        mark = nextXid();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select clock_timestamp()::text")) {
            rs.next();
            markedAt = rs.getString(1);
        }
    }

    /** The tables with rows written since the mark, each with how many; empty when none. */
    Map<String, String> sinceMark() throws SQLException {
        if (nextXid() == mark) {
            return Map.of();
        }
        var sql = new StringBuilder();
        for (String table : tables) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '%s', count(*) from %s where xmin::text::bigint >= %d".formatted(table, table, mark));
            if (table.equals(OUTBOX)) {
                sql.append(" and publication_date >= '%s'::timestamptz".formatted(markedAt));
            }
        }
        Map<String, String> changed = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql.toString())) {
            while (rs.next()) {
                if (rs.getLong(2) > 0) {
                    changed.put(rs.getString(1), rs.getLong(2) + " row(s)");
                }
            }
        }
        return changed;
    }

    /** Audit entries since the mark that record something written (not read, listed or exported). */
    long auditedWritesSinceMark() throws SQLException {
        try (var statement = connection.prepareStatement("""
                select count(*) from audit.event
                 where xmin::text::bigint >= ? and outcome = 'SUCCESS'
                   and action !~ '[.](read|list|export|download)$'""")) {
            statement.setLong(1, mark);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long nextXid() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
