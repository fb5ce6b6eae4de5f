package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;

/**
 * Reads recorded in transactions of their own, by callers who come together, on a trail of its own
 * (committee20g): they are appended in one transaction, none is answered before that transaction
 * commits, each is a link of the chain, which verifies, and checkpoints name them.
 */
@RunsAlongside
class GroupCommitIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Label RESTRICTED = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    static EmbeddedPostgres postgres;
    static int databases;

    @TempDir
    Path directory;

    ScratchTrail scratch;
    ExecutorService callers = Executors.newFixedThreadPool(9);

    @BeforeAll
    static void start(@TempDir Path postgresDirectory) throws Exception {
        postgres = ScratchTrail.startPostgres(postgresDirectory);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void newTrail() {
        scratch = new ScratchTrail(postgres, "group_" + ++databases, directory, 5);
        scratch.record("admin.mar", "MAR", AuditEvent.success("test.before", "test", null, null));
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void readsOfCallersWhoCameTogetherShareOneCommitAndAreLinksOfAChainThatVerifies() throws Exception {
        var appending = new ChainHeld();
        List<Future<Long>> reads = readsWhileTheChainIsHeld(appending, 8, i -> "MAR");
        assertThat(reads)
                .as("no read is answered before its entry is committed")
                .noneMatch(Future::isDone);

        appending.release();

        var ids = new ArrayList<Long>();
        for (Future<Long> read : reads) {
            ids.add(read.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(scratch.app
                        .sql("select count(*) from audit.event where id in (:ids) and action = 'test.read'")
                        .param("ids", ids)
                        .query(Long.class)
                        .single())
                .isEqualTo(8);
        // The first caller wrote its own entry while the others queued; the seven then came in one transaction.
        assertThat(scratch.app.sql("""
                        select count(*) from audit.event where action = 'test.read' group by xmin::text order by 1""").query(Long.class).list()).containsExactly(1L, 7L);
        var verification = scratch.verify();
        assertThat(verification.ok()).as(verification.detail()).isTrue();
        assertThat(verification.entries()).isEqualTo(1 + 8);
        assertThat(scratch.checkpoints.read()).isNotEmpty().allMatch(AuditCheckpoints.Signed::valid);
    }

    @Test
    void anEntryThatCannotBeStoredFailsAloneAndTheOthersOfItsBatchAreWritten() throws Exception {
        var appending = new ChainHeld();
        List<Future<Long>> reads = readsWhileTheChainIsHeld(appending, 5, i -> i == 3 ? "MAROC" : "MAR");

        appending.release();

        for (int i = 0; i < reads.size(); i++) {
            Future<Long> read = reads.get(i);
            if (i == 3) {
                assertThatThrownBy(() -> read.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                        .hasCauseInstanceOf(DataAccessException.class);
            } else {
                assertThat(read.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isPositive();
            }
        }
        assertThat(scratch.app
                        .sql("select count(*) from audit.event where action = 'test.read'")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        var verification = scratch.verify();
        assertThat(verification.ok()).as(verification.detail()).isTrue();
    }

    /**
     * Starts one read, which waits for the chain's lock held by another transaction, then the others,
     * which queue behind it; returns once all have queued.
     */
    private List<Future<Long>> readsWhileTheChainIsHeld(
            ChainHeld appending, int count, java.util.function.IntFunction<String> nation) throws Exception {
        var reads = new ArrayList<Future<Long>>();
        for (int i = 0; i < count; i++) {
            int n = i;
            reads.add(callers.submit(() -> scratch.trail.recordSeparatelyAs(
                    "planner.mar",
                    nation.apply(n),
                    "192.0.2.7",
                    AuditEvent.read("test.read", "committee", Integer.toString(n), RESTRICTED))));
            if (i == 0) {
                waitUntil(() -> scratch.app.sql("""
                                        select count(*) from pg_locks
                                        where locktype = 'advisory' and not granted""").query(Long.class).single() == 1);
            } else {
                waitUntil(() -> scratch.trail.waitingSeparately() == n);
            }
        }
        return reads;
    }

    /** A transaction that holds the chain's append lock until released, as a change being written does. */
    private final class ChainHeld {
        final CountDownLatch taken = new CountDownLatch(1);
        final CountDownLatch mayEnd = new CountDownLatch(1);
        final Future<?> transaction;

        ChainHeld() throws InterruptedException {
            transaction = callers.submit(() -> scratch.transaction.executeWithoutResult(status -> {
                scratch.app
                        .sql("select pg_advisory_xact_lock(?)")
                        .param(AuditTrail.APPEND_LOCK)
                        .query()
                        .listOfRows();
                taken.countDown();
                try {
                    mayEnd.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(taken.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }

        void release() throws Exception {
            mayEnd.countDown();
            transaction.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not come about in " + PATIENCE);
            }
            Thread.sleep(10);
        }
    }
}
