package org.entente.database;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * A condition of the node logged once per change instead of once per time it is met: a warning
 * when it begins or its reason changes, one line when it ends, saying how long it lasted and how
 * often it was met meanwhile. The health components ask on every check and {@link DatabaseDown}
 * on every request answered 503; a failover's 20 s without a primary is then two lines, not one
 * per request. The reason is the condition's key: give the same words for the same condition.
 */
final class ChangeLog {

    private final Logger log;
    private final String condition;
    private final String ended;

    private volatile String reason = "";
    private long since;
    private long times;

    /**
     * @param condition the warning's words before the reason ("Not ready")
     * @param ended the line at the end ("the database accepts writes again")
     */
    ChangeLog(Logger log, String condition, String ended) {
        this.log = log;
        this.condition = condition;
        this.ended = ended;
    }

    /** The condition is met for this reason ({@code detail}, if not null, told with its first line). */
    void met(String reason, String detail) {
        if (reason.equals(this.reason)) {
            count();
            return;
        }
        change(reason, detail);
    }

    /** The condition is not met (a cheap read while it was not met either). */
    void cleared() {
        if (!reason.isEmpty()) {
            change("", null);
        }
    }

    /** {@link #met} for a non-empty reason, {@link #cleared} for an empty one. */
    void report(String reason) {
        if (reason.isEmpty()) {
            cleared();
        } else {
            met(reason, null);
        }
    }

    private synchronized void count() {
        times++;
    }

    private synchronized void change(String next, String detail) {
        if (next.equals(reason)) {
            times++;
            return;
        }
        long now = System.nanoTime();
        if (next.isEmpty()) {
            log.info("{} after {} s ({}, met {} times)", ended, seconds(now - since), reason, times);
        } else if (detail == null) {
            log.warn("{}: {}", condition, next);
        } else {
            log.warn("{}: {} ({})", condition, next, detail);
        }
        if (reason.isEmpty() || next.isEmpty()) {
            since = now;
            times = next.isEmpty() ? 0 : 1;
        } else {
            times++;
        }
        reason = next;
    }

    private static String seconds(long nanos) {
        return String.format(
                java.util.Locale.ROOT, "%.1f", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }
}
