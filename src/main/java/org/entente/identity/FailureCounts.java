package org.entente.identity;

import java.time.Duration;

/**
 * Where the sign-in throttle keeps its failures: in PostgreSQL, shared by every node ({@link
 * DatabaseFailureCounts}), so that two nodes behind a load balancer do not grant twice the
 * attempts. Times are measured on the store's clock and handed out as durations.
 */
interface FailureCounts {

    /** One key's failures in a row, and how long ago the last one was; none once forgotten. */
    record Count(int failures, Duration sinceLast) {

        static final Count NONE = new Count(0, Duration.ZERO);
    }

    /** The account's and the address's counts, in one statement. */
    record Counts(Count account, Count address) {}

    /** The counts now; failures older than {@code memory} are forgotten (NONE). */
    Counts read(String account, String address);

    /** Counts a failure against both (a count older than {@code memory} starts again at one). */
    Counts fail(String account, String address);

    /** The account starts afresh (signed in, or unlocked by an administrator). */
    void clear(String account);
}
