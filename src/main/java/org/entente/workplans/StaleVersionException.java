package org.entente.workplans;

import java.util.List;
import org.entente.shared.Refused;

/**
 * The record changed since the caller read it: their version is not the current one. Nothing was
 * changed; a {@link Refused} answered 409 (pages show the form again with the message; the API
 * answers 412 with both versions to compare).
 */
public class StaleVersionException extends Refused {

    private final int expected;
    private final int current;

    StaleVersionException(int expected, int current) {
        super("workplans.stale", new Object[0], List.of());
        this.expected = expected;
        this.current = current;
    }

    public int expected() {
        return expected;
    }

    public int current() {
        return current;
    }

    @Override
    public int status() {
        return 409;
    }
}
