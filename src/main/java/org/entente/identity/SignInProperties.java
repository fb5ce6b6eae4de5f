package org.entente.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in holds up under a flood ({@code entente.sign-in.*}); docs/sign-in.md explains each.
 *
 * @param passwordChecks password checks at once (each holds about 16 MiB); 0 = two per processor, but
 *     no more than an eighth of the heap can hold (2 with a 256 MiB heap)
 * @param passwordQueue checks that may wait for a place; 0 = four per place
 * @param passwordWait the longest a check waits for a place before the sign-in answers 429
 * @param freeAccountFailures failed sign-ins of one account before delays begin
 * @param freeAddressFailures failed sign-ins from one address before delays begin
 * @param firstDelay the first delay; each further failure doubles it
 * @param longestDelay the ceiling: no account or address waits longer
 * @param memory how long failures are remembered after the last one
 */
@ConfigurationProperties("entente.sign-in")
record SignInProperties(
        @DefaultValue("0") int passwordChecks,
        @DefaultValue("0") int passwordQueue,
        @DefaultValue("2s") Duration passwordWait,
        @DefaultValue("5") int freeAccountFailures,
        @DefaultValue("20") int freeAddressFailures,
        @DefaultValue("30s") Duration firstDelay,
        @DefaultValue("15m") Duration longestDelay,
        @DefaultValue("24h") Duration memory) {

    /** About what one Argon2 check holds (Spring Security's defaults: 16 MiB). */
    static final long CHECK_MEMORY = 16L << 20;

    int concurrentChecks() {
        if (passwordChecks > 0) {
            return passwordChecks;
        }
        var runtime = Runtime.getRuntime();
        return defaultChecks(runtime.availableProcessors(), runtime.maxMemory());
    }

    /**
     * Two per processor, as long as the checks fit in an eighth of the heap: they allocate their
     * memory in the young generation, and more at once than it holds promotes them to the old one
     * and sets off full collections (measured: four at once under a 256 MiB heap, ten full
     * collections a minute).
     */
    static int defaultChecks(int processors, long maxHeap) {
        long fitting = maxHeap / 8 / CHECK_MEMORY;
        return (int) Math.max(1, Math.min(2L * processors, fitting));
    }

    int waitingChecks() {
        return passwordQueue > 0 ? passwordQueue : 4 * concurrentChecks();
    }

    SignInThrottle.Rules rules() {
        return new SignInThrottle.Rules(freeAccountFailures, freeAddressFailures, firstDelay, longestDelay, memory);
    }
}
