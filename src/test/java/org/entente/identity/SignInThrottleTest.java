package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.identity.SignInThrottle.Admitted;
import org.entente.identity.SignInThrottle.Deferred;
import org.entente.identity.SignInThrottle.Rules;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Rules RULES =
            new Rules(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24));

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle =
            new SignInThrottle(RULES, clock, new MemoryFailureCounts(clock, RULES.memory()));

    @Test
    void theFirstFailuresAreFreeThenEachWaitDoublesUpToTheCeiling() {
        for (int i = 0; i < 4; i++) {
            fail("planner.mar", "10.0.0." + i);
        }
        var fifth = throttle.admit("planner.mar", "10.0.1.1");
        assertThat(fifth).isInstanceOf(Admitted.class);
        assertThat(throttle.admit("planner.mar", "10.0.1.2"))
                .as("the fifth, still in flight, holds the last free place")
                .isInstanceOf(Deferred.class);
        throttle.abandoned((Admitted) fifth);

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fail("planner.mar", "10.0.2." + i);
            var deferred = (Deferred) throttle.admit("planner.mar", "10.0.3.1");
            waits.add(deferred.retryAfter());
            clock.advance(deferred.retryAfter());
        }
        assertThat(waits)
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(15),
                        Duration.ofMinutes(15),
                        Duration.ofMinutes(15));
    }

    @Test
    void attemptsRefusedWhileWaitingDoNotLengthenTheWait() {
        for (int i = 0; i < 5; i++) {
            fail("planner.mar", "10.0.0." + i);
        }
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofMillis(200));
            assertThat(throttle.admit("planner.mar", "10.9.9.9")).isInstanceOf(Deferred.class);
        }
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.admit("planner.mar", "10.9.9.9")).isInstanceOf(Admitted.class);
    }

    @Test
    void theUsernameIsOneAccountWhateverItsCaseOrSpaces() {
        for (int i = 0; i < 5; i++) {
            fail(i % 2 == 0 ? "Planner.MAR" : "  planner.mar ", "10.0.0." + i);
        }
        assertThat(throttle.admit("planner.mar", "10.0.1.1")).isInstanceOf(Deferred.class);
        assertThat(throttle.admit("viewer.mar", "10.0.1.1")).isInstanceOf(Admitted.class);
    }

    @Test
    void anAddressGetsMoreFreeFailuresAndIsHeldBackAcrossUsernames() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "192.0.2.7");
        }
        var deferred = throttle.admit("someone.else", "192.0.2.7");
        assertThat(deferred).isEqualTo(new Deferred(Duration.ofSeconds(30)));
        assertThat(throttle.admit("someone.else", "192.0.2.8")).isInstanceOf(Admitted.class);
    }

    @Test
    void anIpv6NetworkIsOneAddress() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(throttle.admit("someone.else", "2001:db8:1:2:ffff::9")).isInstanceOf(Deferred.class);
        assertThat(throttle.admit("someone.else", "2001:db8:1:3::1")).isInstanceOf(Admitted.class);
    }

    @Test
    void aDeferredAccountDoesNotCountAgainstTheAddressNorTheOtherWayRound() {
        for (int i = 0; i < 5; i++) {
            fail("planner.mar", "10.0.0.1");
        }
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.admit("planner.mar", "10.0.0.1")).isInstanceOf(Deferred.class);
        }
        // 5 failures from 10.0.0.1 so far: 15 more are free for other usernames.
        for (int i = 0; i < 15; i++) {
            assertThat(throttle.admit("other" + i, "10.0.0.1")).isInstanceOf(Admitted.class);
        }
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            fail("planner.mar", "10.0.0.1");
        }
        throttle.succeeded((Admitted) throttle.admit("planner.mar", "10.0.0.1"));
        for (int i = 0; i < 4; i++) {
            fail("planner.mar", "10.0.0.1");
        }
        assertThat(throttle.admit("planner.mar", "10.0.0.2")).isInstanceOf(Admitted.class);
        for (int i = 0; i < 12; i++) {
            fail("other" + i, "10.0.0.1");
        }
        assertThat(throttle.admit("fresh", "10.0.0.1")).isInstanceOf(Deferred.class);
    }

    @Test
    void anAdministratorUnlocksAnAccountAtOnce() {
        for (int i = 0; i < 12; i++) {
            clock.advance(Duration.ofMinutes(16));
            fail("planner.mar", "10.0.0." + i);
        }
        assertThat(throttle.waitingUntil("planner.mar")).isAfter(clock.instant());
        assertThat(throttle.admit("planner.mar", "10.0.1.1")).isInstanceOf(Deferred.class);
        throttle.unlock("PLANNER.mar");
        assertThat(throttle.waitingUntil("planner.mar")).isEqualTo(Instant.EPOCH);
        assertThat(throttle.admit("planner.mar", "10.0.1.1")).isInstanceOf(Admitted.class);
    }

    @Test
    void aRecordIsForgottenAfterItsMemory() {
        for (int i = 0; i < 9; i++) {
            fail("planner.mar", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(16));
        }
        clock.advance(Duration.ofHours(24));
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit("planner.mar", "10.0.1." + i)).isInstanceOf(Admitted.class);
        }
    }

    @Test
    void abandonedAttemptsAreNotCounted() {
        for (int i = 0; i < 20; i++) {
            throttle.abandoned((Admitted) throttle.admit("planner.mar", "10.0.0.1"));
        }
        assertThat(throttle.admit("planner.mar", "10.0.0.1")).isInstanceOf(Admitted.class);
    }

    @Test
    void attemptsInFlightHoldTheirPlaceSoParallelAttemptsCannotPassTheLimit() throws Exception {
        int attempts = 50;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<SignInThrottle.Admission>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return throttle.admit("planner.mar", "10.0.0.1");
                }));
            }
            start.countDown();
            int admitted = 0;
            for (var answer : answers) {
                if (answer.get() instanceof Admitted) {
                    admitted++;
                }
            }
            assertThat(admitted).isEqualTo(RULES.freeAccountFailures());
        } finally {
            pool.shutdownNow();
        }
    }

    private void fail(String username, String address) {
        var admission = throttle.admit(username, address);
        assertThat(admission).as("%s from %s", username, address).isInstanceOf(Admitted.class);
        throttle.failed((Admitted) admission);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /**
     * Fifty attempts at once: one reads the shared count, then another's failure is counted on this
     * node before the first takes its place. The count it read is older than what the node knows and
     * must not hand back the place that failure used up (a sixth password checked, SignInFloodIT).
     */
    @Test
    void aCountReadBeforeAFailureOnThisNodeDoesNotFreeAPlace() {
        var memory = new MemoryFailureCounts(clock, RULES.memory());
        var stale = new FailureCounts() {
            Counts next;

            @Override
            public Counts read(String account, String address) {
                Counts answer = next != null ? next : memory.read(account, address);
                next = null;
                return answer;
            }

            @Override
            public Counts fail(String account, String address) {
                return memory.fail(account, address);
            }

            @Override
            public void clear(String account) {
                memory.clear(account);
            }
        };
        var throttle = new SignInThrottle(RULES, clock, stale);
        List<Admitted> inFlight = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inFlight.add((Admitted) throttle.admit("planner.mar", "10.0.4." + i));
        }
        var beforeTheFailure = memory.read(SignInThrottle.accountKey("planner.mar"), "10.0.5.1");
        throttle.failed(inFlight.get(0));
        stale.next = beforeTheFailure;
        assertThat(throttle.admit("planner.mar", "10.0.5.1"))
                .as("four in flight and one failure use up the five free places")
                .isInstanceOf(Deferred.class);
    }
}
