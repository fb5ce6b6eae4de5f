package org.entente.shared;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Instances of something costly to build and unsafe to share (ICU's formatters), each used by one
 * thread at a time and then kept for the next: a thread takes an idle one, or builds one when all
 * are busy, and gives it back. No thread ever waits for another, so there are at most as many as
 * threads used them at once (issue 20, scale20e: one {@code MessageFormat} per pattern shared under a
 * lock made eight concurrent readers of the committee page wait on each other, and a date-interval
 * formatter built anew for each page was a tenth of that page's CPU).
 */
public final class Reusable<T> {

    private final Supplier<T> make;
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();

    public Reusable(Supplier<T> make) {
        this.make = make;
    }

    /** What {@code use} answers with an instance no other thread uses meanwhile. */
    public <R> R with(Function<T, R> use) {
        T instance = idle.poll();
        if (instance == null) {
            instance = make.get();
        }
        try {
            return use.apply(instance);
        } finally {
            idle.offer(instance);
        }
    }

    /** How many instances are kept (for tests). */
    int kept() {
        return idle.size();
    }
}
