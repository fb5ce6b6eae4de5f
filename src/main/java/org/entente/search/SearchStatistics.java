package org.entente.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the administrator's view: the index's size on disk, its last full rebuild, and the newest
 * entry the administrator may read (the entries themselves stay behind row-level security).
 */
@Component
public class SearchStatistics {

    public record Statistics(
            long bytes, Instant rebuiltAt, Long rebuiltEntries, Long rebuildMillis, long readable, Instant newest) {}

    private final JdbcClient sql;

    SearchStatistics(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Statistics now() {
        long bytes = sql.sql("select search.index_size()").query(Long.class).single();
        var rebuild = sql.sql("select finished_at, entries, millis from search.rebuild")
                .query((rs, n) -> new Object[] {
                    rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
                    rs.getLong("entries"),
                    rs.getLong("millis")
                })
                .optional()
                .orElse(new Object[] {null, null, null});
        var readable = sql.sql("select count(*), max(updated_at) from search.entry")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, OffsetDateTime.class)})
                .single();
        OffsetDateTime newest = (OffsetDateTime) readable[1];
        return new Statistics(
                bytes,
                (Instant) rebuild[0],
                (Long) rebuild[1],
                (Long) rebuild[2],
                (Long) readable[0],
                newest == null ? null : newest.toInstant());
    }
}
