package org.entente.search;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the whole index: at the first start (after the demo is loaded), and with {@code
 * --entente.reindex}. Row-level security holds here too: the rebuild reads as each nation in turn
 * and writes the entries that nation owns. It starts from the nations of the accounts and follows
 * every owner nation it finds: a record no account's nation may read is never searched by anyone.
 *
 * <p>Asked for ({@code --entente.reindex}), it runs beside the node's work, not before it: the node
 * is ready at once and its searches answer from the index as it stands, each entry rewritten in
 * place. It writes {@value #CHUNK} records a transaction, never a nation's in one (a million
 * activities took minutes, during which the node was out of readiness and every other node's write
 * to that nation's records waited for the rebuild's locks). Each chunk reads and writes in one
 * snapshot (repeatable read): a write that rewrites an entry after the chunk read its record makes
 * the chunk fail on that entry, and the chunk is read again, so a rebuild never puts back what a
 * write has just changed. The first start, with nothing to answer from, rebuilds before it is ready.
 */
@Component
@Order(50)
class SearchRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);

    /** Records written per transaction. */
    static final int CHUNK = 500;

    private static final int ATTEMPTS = 5;

    private final JdbcClient sql;
    private final SearchIndex index;
    private final TransactionTemplate transaction;
    private final TransactionTemplate snapshot;
    private final boolean asked;

    SearchRebuild(
            JdbcClient sql,
            SearchIndex index,
            PlatformTransactionManager transactions,
            @Value("${entente.reindex:false}") boolean asked) {
        this.sql = sql;
        this.index = index;
        this.transaction = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.asked = asked;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean never = transaction.execute(status ->
                sql.sql("select count(*) from search.rebuild").query(Long.class).single() == 0);
        if (never) {
            rebuild();
        } else if (asked) {
            log.info("Search index rebuild started beside the node's work: searches answer from the index as it"
                    + " stands until it ends");
            var thread = new Thread(
                    () -> {
                        try {
                            rebuild();
                        } catch (RuntimeException e) {
                            log.warn(
                                    "Search index rebuild stopped before its end ({}); the index keeps what it wrote:"
                                            + " start again with --entente.reindex",
                                    e.toString());
                        }
                    },
                    "search-rebuild");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Rebuilds every entry; returns how many were written. */
    long rebuild() {
        return rebuild(CHUNK);
    }

    /** Rebuilds every entry, {@code chunk} records a transaction; returns how many were written. */
    long rebuild(int chunk) {
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
            for (SearchSources.Source source : SearchSources.ALL) {
                entries += subject.run(() -> rebuild(source, nation, chunk));
                subject
                        .run(() -> transaction.execute(
                                status -> sql.sql("select distinct owner_nation from " + source.table())
                                        .query(String.class)
                                        .list()))
                        .stream()
                        .filter(seen::add)
                        .forEach(queue::add);
            }
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

    /** One source's entries of one nation, chunk after chunk, then its orphans; returns how many records. */
    private long rebuild(SearchSources.Source source, String nation, int chunk) {
        long written = 0;
        long after = 0;
        while (true) {
            long from = after;
            SearchIndex.Written done = inChunk(() -> index.indexOwnedAfter(source, nation, from, chunk));
            if (done.records() == 0) {
                break;
            }
            written += done.records();
            after = done.last();
        }
        inChunk(() -> index.deleteOrphans(source, nation));
        return written;
    }

    /** Runs one chunk in its own snapshot, again while a concurrent write makes it fail. */
    private <T> T inChunk(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return snapshot.execute(status -> work.get());
            } catch (ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
