package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A formatter in use is never handed to a second thread, and a busy one never makes a thread wait. */
class ReusableTest {

    @Test
    void oneThreadAfterAnotherReusesTheSameInstance() {
        var built = new AtomicInteger();
        var reusable = new Reusable<>(() -> new StringBuilder("#" + built.incrementAndGet()));
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seen.add(reusable.with(StringBuilder::toString));
        }
        assertThat(seen).containsOnly("#1");
        assertThat(built).hasValue(1);
        assertThat(reusable.kept()).isEqualTo(1);
    }

    @Test
    void aThreadThatFindsTheInstanceBusyGetsAnotherAtOnce() throws Exception {
        var built = new AtomicInteger();
        var reusable = new Reusable<>(() -> "#" + built.incrementAndGet());
        var inUse = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> reusable.with(instance -> {
            inUse.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return instance;
        }));
        assertThat(inUse.await(10, TimeUnit.SECONDS)).isTrue();
        // Asked while the first is held: answered without waiting for its release, by another instance.
        String second = CompletableFuture.supplyAsync(() -> reusable.with(instance -> instance))
                .get(5, TimeUnit.SECONDS);
        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("#1");
        assertThat(second).isEqualTo("#2");
        assertThat(reusable.kept()).as("both kept for later").isEqualTo(2);
    }
}
