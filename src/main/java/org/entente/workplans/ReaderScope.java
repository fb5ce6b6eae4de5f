package org.entente.workplans;

import java.util.function.Supplier;
import org.entente.shared.Classification;
import org.entente.shared.ReaderSettings;
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
        String[] previous = ReaderSettings.current(sql);
        ReaderSettings.set(sql, nation, Integer.toString(Classification.values().length - 1));
        try {
            return work.get();
        } finally {
            ReaderSettings.set(sql, previous[0], previous[1]);
        }
    }
}
