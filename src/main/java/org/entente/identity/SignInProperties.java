package org.entente.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in holds up under a flood ({@code entente.sign-in.*}); docs/sign-in.md explains each.
 *
 * @param passwordChecks password checks at once (each holds about 16 MiB); 0 = two per processor
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

    int concurrentChecks() {
        return passwordChecks > 0 ? passwordChecks : 2 * Runtime.getRuntime().availableProcessors();
    }

    int waitingChecks() {
        return passwordQueue > 0 ? passwordQueue : 4 * concurrentChecks();
    }

    SignInThrottle.Rules rules() {
        return new SignInThrottle.Rules(freeAccountFailures, freeAddressFailures, firstDelay, longestDelay, memory);
    }
}
