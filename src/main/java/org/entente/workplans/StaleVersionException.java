package org.entente.workplans;

/**
 * The record changed since the caller read it: their version is not the current one. Nothing was
 * changed; the caller gets both versions to compare.
 */
public class StaleVersionException extends RuntimeException {

    private final int expected;
    private final int current;

    StaleVersionException(int expected, int current) {
        super("workplans.stale");
        this.expected = expected;
        this.current = current;
    }

    public int expected() {
        return expected;
    }

    public int current() {
        return current;
    }
}
