package org.entente.search;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the whole index: at the first start (after the demo is loaded), and with {@code
 * --entente.reindex}. Row-level security holds here too: the rebuild reads as each nation in turn
 * and writes the entries that nation owns. It starts from the nations of the accounts and follows
 * every owner nation it finds: a record no account's nation may read is never searched by anyone.
 */
@Component
@Order(50)
class SearchRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);

    private final JdbcClient sql;
    private final SearchIndex index;
    private final TransactionTemplate transaction;
    private final boolean asked;

    SearchRebuild(
            JdbcClient sql,
            SearchIndex index,
            PlatformTransactionManager transactions,
            @Value("${entente.reindex:false}") boolean asked) {
        this.sql = sql;
        this.index = index;
        this.transaction = new TransactionTemplate(transactions);
        this.asked = asked;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean never = transaction.execute(status ->
                sql.sql("select count(*) from search.rebuild").query(Long.class).single() == 0);
        if (asked || never) {
            rebuild();
        }
    }

    /** Rebuilds every entry; returns how many were written. */
    long rebuild() {
        long started = System.nanoTime();
        List<String> accounts =
                transaction.execute(status -> sql.sql("select distinct nation from identity.account order by nation")
                        .query(String.class)
                        .list());
        var queue = new ArrayDeque<>(accounts);
        Set<String> seen = new LinkedHashSet<>(accounts);
        long entries = 0;
        while (!queue.isEmpty()) {
            String nation = queue.poll();
            var subject = new SystemSubject("search-index", nation, Classification.SECRET);
            entries += subject.run(() -> transaction.execute(status -> {
                sql.sql("delete from search.entry where owner_nation = :nation")
                        .param("nation", nation)
                        .update();
                long written = 0;
                for (SearchSources.Source source : SearchSources.ALL) {
                    written += index.indexOwned(source, nation);
                    sql.sql("select distinct owner_nation from " + source.table()).query(String.class).list().stream()
                            .filter(seen::add)
                            .forEach(queue::add);
                }
                return written;
            }));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long total = entries;
        transaction.executeWithoutResult(status ->
                sql.sql("""
                        insert into search.rebuild (finished_at, entries, millis) values (now(), :entries, :millis)
                        on conflict (id) do update set finished_at = excluded.finished_at,
                                                       entries = excluded.entries, millis = excluded.millis""").param("entries", total).param("millis", millis).update());
        log.info("Search index rebuilt: {} entries for {} nations in {} ms", total, seen.size(), millis);
        return total;
    }
}
