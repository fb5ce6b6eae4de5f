package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Entries appended together, without a database: who writes which batch, and what each caller gets. */
class GroupCommitTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    ExecutorService callers = Executors.newFixedThreadPool(8);

    /** The batches written, in order; each entry's id is its position in the trail. */
    List<List<String>> batches = new CopyOnWriteArrayList<>();

    AtomicLong lastId = new AtomicLong();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    /** Notes the batch as begun, then numbers its entries: a batch that waits shows as begun. */
    List<Long> store(List<String> batch) {
        batches.add(batch);
        return ids(batch);
    }

    List<Long> ids(List<String> batch) {
        var ids = new ArrayList<Long>();
        batch.forEach(entry -> ids.add(lastId.incrementAndGet()));
        return ids;
    }

    @Test
    void aCallerAloneWritesItsOwnEntryInABatchOfOne() {
        var group = new GroupCommit<String>(this::store);
        assertThat(group.append("a")).isEqualTo(1);
        assertThat(group.append("b")).isEqualTo(2);
        assertThat(batches).containsExactly(List.of("a"), List.of("b"));
        assertThat(group.queued()).isZero();
    }

    @Test
    void callersWhoComeWhileABatchIsWrittenShareTheNextAndEachGetsItsOwnId() throws Exception {
        var firstBatchMayEnd = new CountDownLatch(1);
        var group = new GroupCommit<String>(batch -> {
            if (batches.isEmpty()) {
                batches.add(batch);
                await(firstBatchMayEnd);
                return ids(batch);
            }
            return store(batch);
        });
        Future<Long> first = callers.submit(() -> group.append("first"));
        waitUntil(() -> batches.size() == 1);
        var later = new ArrayList<Future<Long>>();
        for (int i = 0; i < 5; i++) {
            String entry = "later-" + i;
            later.add(callers.submit(() -> group.append(entry)));
        }
        waitUntil(() -> group.queued() == 5);
        assertThat(first.isDone()).as("answered before its batch was written").isFalse();
        assertThat(later).noneMatch(Future::isDone);

        firstBatchMayEnd.countDown();

        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        var ids = new ArrayList<Long>();
        for (Future<Long> one : later) {
            ids.add(one.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).hasSize(5);
        // Each caller got the id its own entry was written under, whatever the order they queued in.
        for (int i = 0; i < 5; i++) {
            assertThat(batches.get(1).get((int) (ids.get(i) - 2))).isEqualTo("later-" + i);
        }
    }

    @Test
    void aBatchThatFailsIsWrittenAgainOneEntryAtATimeSoOnlyTheBadEntryFails() throws Exception {
        var firstBatchMayEnd = new CountDownLatch(1);
        var group = new GroupCommit<String>(batch -> {
            if (batches.isEmpty()) {
                batches.add(batch);
                await(firstBatchMayEnd);
                return ids(batch);
            }
            if (batch.contains("bad")) {
                batches.add(batch);
                throw new IllegalArgumentException("refused: " + batch);
            }
            return store(batch);
        });
        Future<Long> first = callers.submit(() -> group.append("first"));
        waitUntil(() -> batches.size() == 1);
        Future<Long> good1 = callers.submit(() -> group.append("good-1"));
        waitUntil(() -> group.queued() == 1);
        Future<Long> bad = callers.submit(() -> group.append("bad"));
        waitUntil(() -> group.queued() == 2);
        Future<Long> good2 = callers.submit(() -> group.append("good-2"));
        waitUntil(() -> group.queued() == 3);
        firstBatchMayEnd.countDown();

        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        long id1 = good1.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        long id2 = good2.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThatThrownBy(() -> bad.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("refused: [bad]");
        assertThat(List.of(id1, id2)).containsExactly(2L, 3L);
        assertThat(batches)
                .containsExactly(
                        List.of("first"),
                        List.of("good-1", "bad", "good-2"),
                        List.of("good-1"),
                        List.of("bad"),
                        List.of("good-2"));
    }

    @Test
    void anErrorInTheWriterLeavesNoCallerOfItsBatchWaitingForEver() throws Exception {
        var firstBatchMayEnd = new CountDownLatch(1);
        var group = new GroupCommit<String>(batch -> {
            if (batches.isEmpty()) {
                batches.add(batch);
                await(firstBatchMayEnd);
                return ids(batch);
            }
            throw new OutOfMemoryError("no room for " + batch);
        });
        Future<Long> first = callers.submit(() -> group.append("first"));
        waitUntil(() -> batches.size() == 1);
        Future<Long> second = callers.submit(() -> group.append("second"));
        Future<Long> third = callers.submit(() -> group.append("third"));
        waitUntil(() -> group.queued() == 2);
        firstBatchMayEnd.countDown();

        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        // The one who wrote the batch of two gets the error itself, the other is told its entry was not written.
        var causes = new ArrayList<Class<?>>();
        for (Future<Long> one : List.of(second, third)) {
            assertThatThrownBy(() -> one.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .satisfies(e -> causes.add(e.getCause().getClass()));
        }
        assertThat(causes).containsExactlyInAnyOrder(OutOfMemoryError.class, IllegalStateException.class);
    }

    @Test
    void aStopWaitsForTheBatchBeingWrittenAndLeavesNothingQueued() throws Exception {
        var firstBatchMayEnd = new CountDownLatch(1);
        var group = new GroupCommit<String>(batch -> {
            if (batches.isEmpty()) {
                batches.add(batch);
                await(firstBatchMayEnd);
                return ids(batch);
            }
            return store(batch);
        });
        Future<Long> first = callers.submit(() -> group.append("first"));
        waitUntil(() -> batches.size() == 1);
        Future<Long> queued = callers.submit(() -> group.append("queued"));
        waitUntil(() -> group.queued() == 1);
        CompletableFuture<Void> stop = CompletableFuture.runAsync(group::flush, callers);
        Thread.sleep(200); // a stop that did not wait would be over by now
        assertThat(stop.isDone())
                .as("the stop waits for the batch being written")
                .isFalse();
        firstBatchMayEnd.countDown();
        stop.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(group.queued()).isZero();
        assertThat(batches).containsExactly(List.of("first"), List.of("queued"));
        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(queued.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(2);
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the batch end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not come about in " + PATIENCE);
            }
            Thread.sleep(5);
        }
    }
}
