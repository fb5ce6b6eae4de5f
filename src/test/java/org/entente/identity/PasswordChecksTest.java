package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordChecksTest {

    /** An encoder that holds each check until released, and notes how many ran at once. */
    private static final class SlowEncoder implements PasswordEncoder {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    @Test
    void runsAtMostTheGivenNumberAtOnceRefusesBeyondTheQueueAndLetsTheQueueThroughAfterwards() throws Exception {
        var encoder = new SlowEncoder();
        var checks = new PasswordChecks(encoder, 2, 3, Duration.ofSeconds(5));
        var pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    try {
                        return checks.matches("password", "hash");
                    } catch (PasswordChecks.Busy busy) {
                        return busy;
                    }
                }));
            }
            // Two checking, three waiting: the other five are refused at once, while the two still run.
            int refused = 0;
            for (var answer : answers) {
                if (answer.isDone() || waitBriefly(answer)) {
                    assertThat(answer.get()).isInstanceOf(PasswordChecks.Busy.class);
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(5);
            assertThat(encoder.running.get()).isEqualTo(2);
            encoder.release.countDown();
            long checked = 0;
            for (var answer : answers) {
                if (Boolean.TRUE.equals(answer.get())) {
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(5);
            assertThat(encoder.mostAtOnce.get()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitingCheckGivesUpAfterTheWaitAndSaysWhenToComeBack() {
        var checks = new PasswordChecks(new SlowEncoder(), 1, 5, Duration.ofMillis(300));
        checks.places().acquireUninterruptibly();
        long began = System.nanoTime();
        assertThatThrownBy(() -> checks.matches("password", "hash"))
                .isInstanceOfSatisfying(
                        PasswordChecks.Busy.class,
                        busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aSignInHoldingAPlaceChecksItsPasswordInThatPlaceAndGivesItBack() {
        var encoder = new SlowEncoder();
        encoder.release.countDown();
        var checks = new PasswordChecks(encoder, 1, 0, Duration.ZERO);
        assertThat(checks.withPlace(() -> checks.matches("password", "hash"))).isTrue();
        assertThat(checks.places().availablePermits()).isEqualTo(1);
        checks.places().acquireUninterruptibly();
        assertThatThrownBy(() -> checks.withPlace(() -> "looked up"))
                .as("no place, no queue: refused before the supplier runs")
                .isInstanceOf(PasswordChecks.Busy.class);
    }

    @Test
    void byDefaultTwoChecksPerProcessorAsLongAsTheyFitInAnEighthOfTheHeap() {
        long mebibyte = 1L << 20;
        assertThat(SignInProperties.defaultChecks(2, 256 * mebibyte)).isEqualTo(2);
        assertThat(SignInProperties.defaultChecks(2, 4096 * mebibyte)).isEqualTo(4);
        assertThat(SignInProperties.defaultChecks(8, 1024 * mebibyte)).isEqualTo(8);
        assertThat(SignInProperties.defaultChecks(8, 64 * mebibyte)).isEqualTo(1);
    }

    private static boolean waitBriefly(Future<Object> answer) {
        try {
            answer.get(500, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception stillRunning) {
            return false;
        }
    }
}
