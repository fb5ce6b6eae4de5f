package org.entente.workplans;

import java.util.function.Supplier;
import org.entente.shared.Classification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work the system does on behalf of every party in the caller's transaction: a suspension reaches
 * activities whichever party owns them, though the one who suspends may not read them all.
 * Row-level security reads {@code entente.nation} and {@code entente.clearance}, which the
 * transaction manager set for the caller; this sets them to one party at the highest clearance for
 * the duration of the work, then puts the caller's back, so the database still checks every row
 * against a reader and nothing outside the work sees more.
 */
@Component
class ReaderScope {

    private final JdbcClient sql;

    ReaderScope(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    <T> T asNation(String nation, Supplier<T> work) {
        String[] previous = sql.sql(
                        "select coalesce(current_setting('entente.nation', true), ''), coalesce(current_setting('entente.clearance', true), '')")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        set(nation, Integer.toString(Classification.values().length - 1));
        try {
            return work.get();
        } finally {
            set(previous[0], previous[1]);
        }
    }

    private void set(String nation, String clearance) {
        sql.sql("select set_config('entente.nation', :nation, true), set_config('entente.clearance', :clearance, true)")
                .param("nation", nation)
                .param("clearance", clearance)
                .query()
                .listOfRows();
    }
}
