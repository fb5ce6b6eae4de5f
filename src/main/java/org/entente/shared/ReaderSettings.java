package org.entente.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transaction-local settings row-level security reads ({@code entente.nation},
 * {@code entente.clearance}), for work the system does on behalf of a nation inside a transaction
 * that began as someone else: read them, set them for the work, put them back.
 */
public final class ReaderSettings {

    private ReaderSettings() {}

    /** The nation and clearance now set: {@code {"MAR", "2"}}, empty strings when none. */
    public static String[] current(JdbcClient sql) {
        return sql.sql("""
                        select coalesce(current_setting('entente.nation', true), ''),
                               coalesce(current_setting('entente.clearance', true), '')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    /** Sets both for the rest of the transaction (or until set again). */
    public static void set(JdbcClient sql, String nation, String clearance) {
        sql.sql("select set_config('entente.nation', :nation, true), set_config('entente.clearance', :clearance, true)")
                .param("nation", nation)
                .param("clearance", clearance)
                .query()
                .listOfRows();
    }
}
