package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who hosts the next session (moved here from {@code SessionOrdinalTest} when the ordinal moved to {@code shared}). */
class SessionHostsTest {

    @Test
    void hostsAlternateBetweenThePartiesInTheirOrder() {
        assertThat(Sessions.nextHost(List.of("ISR", "MAR"), "ISR")).isEqualTo("MAR");
        assertThat(Sessions.nextHost(List.of("ISR", "MAR"), "MAR")).isEqualTo("ISR");
        assertThat(Sessions.nextHost(List.of("ISR", "MAR"), null)).isEqualTo("ISR");
    }
}
