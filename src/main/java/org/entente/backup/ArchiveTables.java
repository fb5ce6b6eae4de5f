package org.entente.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.entente.backup.InstanceArchive.Entry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The database side of an archive: every table of the modules' schemas (but the migration
 * histories) as PostgreSQL {@code COPY} text, one entry each, and each module's migration history;
 * written from one snapshot, loaded back in one transaction.
 */
final class ArchiveTables {

    record Table(String schema, String name, String columns) {

        String entry() {
            return "database/" + schema + "." + name + ".copy";
        }

        String qualified() {
            return quote(schema) + "." + quote(name);
        }
    }

    private ArchiveTables() {}

    /** Copies every table out into the archive, one entry each, in the connection's current transaction. */
    static List<Entry> copyOut(Connection db, ZipOutputStream zip) throws SQLException, IOException {
        var entries = new ArrayList<Entry>();
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        for (Table table : tables(db)) {
            zip.putNextEntry(new ZipEntry(table.entry()));
            var out = new ArchiveManifest.Measured(zip);
            copy.copyOut("copy " + table.qualified() + " (" + table.columns() + ") to stdout", out);
            zip.closeEntry();
            entries.add(new Entry(table.entry(), out.sha256(), out.size, out.lines));
        }
        return entries;
    }

    /** Every table of the modules' schemas but the migration histories, in a fixed order. */
    private static List<Table> tables(Connection db) throws SQLException {
        var tables = new ArrayList<Table>();
        try (Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("""
                        select c.table_schema, c.table_name,
                               string_agg(quote_ident(c.column_name), ', ' order by c.ordinal_position)
                          from information_schema.columns c
                          join pg_tables t on t.schemaname = c.table_schema and t.tablename = c.table_name
                         where c.table_schema not in ('pg_catalog', 'information_schema')
                           and c.is_generated = 'NEVER'
                           and not exists (select 1 from information_schema.columns h
                                            where h.table_schema = c.table_schema and h.table_name = c.table_name
                                              and h.column_name = 'installed_rank')
                         group by c.table_schema, c.table_name
                         order by c.table_schema, c.table_name""")) {
            while (rs.next()) {
                tables.add(new Table(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return tables;
    }

    /** Each migration history, one line each: which module's schema is at which versions. */
    static String history(Connection db) throws SQLException {
        var histories = new ArrayList<String>();
        try (Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("""
                        select table_schema, table_name from information_schema.columns
                         where column_name = 'installed_rank' order by 1, 2""")) {
            while (rs.next()) {
                histories.add(quote(rs.getString(1)) + "." + quote(rs.getString(2)));
            }
        }
        var lines = new StringBuilder();
        for (String history : histories) {
            try (Statement query = db.createStatement();
                    ResultSet rs = query.executeQuery(
                            "select coalesce(string_agg(version, ',' order by installed_rank), '') from " + history
                                    + " where success and version is not null")) {
                rs.next();
                lines.append("history ")
                        .append(history)
                        .append(' ')
                        .append(rs.getString(1))
                        .append('\n');
            }
        }
        return lines.toString();
    }

    /** Replaces every table's rows with the archive's, in one transaction: all or nothing. */
    static void load(Connection db, ZipFile zip, Map<String, Entry> entries) throws SQLException, IOException {
        db.setAutoCommit(false);
        try {
            try (Statement settings = db.createStatement()) {
                // Foreign keys and triggers were satisfied when the rows were written: load them as they are.
                settings.execute("set local session_replication_role = replica");
            }
            List<Table> tables = tables(db);
            try (Statement truncate = db.createStatement()) {
                truncate.execute("truncate "
                        + String.join(
                                ", ", tables.stream().map(Table::qualified).toList()));
            }
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : tables) {
                Entry entry = entries.get(table.entry());
                if (entry == null) {
                    throw new ArchiveRefused(
                            "The archive has no entry for " + table.schema() + "." + table.name() + ".");
                }
                try (InputStream in = zip.getInputStream(zip.getEntry(entry.name()))) {
                    copy.copyIn("copy " + table.qualified() + " (" + table.columns() + ") from stdin", in);
                }
            }
            resetIdentities(db);
            db.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** Identity columns go on after the highest id restored. */
    private static void resetIdentities(Connection db) throws SQLException {
        var columns = new ArrayList<String[]>();
        try (Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("""
                        select table_schema, table_name, column_name from information_schema.columns
                         where is_identity = 'YES' and table_schema not in ('pg_catalog', 'information_schema')""")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        for (String[] c : columns) {
            String table = quote(c[0]) + "." + quote(c[1]);
            try (Statement update = db.createStatement()) {
                update.execute(
                        "select setval(pg_get_serial_sequence('%s', '%s'), coalesce(max(%s), 0) + 1, false) from %s"
                                .formatted(table.replace("'", "''"), c[2].replace("'", "''"), quote(c[2]), table));
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
