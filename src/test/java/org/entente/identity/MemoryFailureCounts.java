package org.entente.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared failure counts as {@link DatabaseFailureCounts} keeps them, in memory and on a clock
 * the test moves: for the throttle's unit tests, without a database. {@link SignInThrottleTest}'s
 * cases are the rules; {@code database.AcrossNodesIT} checks the database keeps them alike.
 */
final class MemoryFailureCounts implements FailureCounts {

    private record Failures(int failures, Instant last) {}

    private final Map<String, Failures> rows = new HashMap<>();
    private final Clock clock;
    private final Duration memory;

    MemoryFailureCounts(Clock clock, Duration memory) {
        this.clock = clock;
        this.memory = memory;
    }

    @Override
    public synchronized Counts read(String account, String address) {
        return new Counts(count("account:" + account), count("address:" + address));
    }

    @Override
    public synchronized Counts fail(String account, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {"account:" + account, "address:" + address}) {
            Failures found = rows.get(key);
            int failures = found != null && found.last().isAfter(now.minus(memory)) ? found.failures() + 1 : 1;
            rows.put(key, new Failures(failures, now));
        }
        return read(account, address);
    }

    @Override
    public synchronized void clear(String account) {
        rows.remove("account:" + account);
    }

    private Count count(String key) {
        Instant now = clock.instant();
        Failures found = rows.get(key);
        if (found == null || !found.last().isAfter(now.minus(memory))) {
            return Count.NONE;
        }
        return new Count(found.failures(), Duration.between(found.last(), now));
    }
}
