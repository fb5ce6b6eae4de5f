package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rules of {@link Replication}: when the writes a primary acknowledges are not safe on two servers. */
class ReplicationTest {

    private static final Duration LAG = Duration.ofSeconds(10);

    private static Replication primary(String names, int connected, int synchronous, Double lag) {
        return new Replication(false, names, connected, synchronous, lag, true);
    }

    @Test
    void aSingleServerWithoutAStandbyIsTheDefaultAndNoProblem() {
        assertThat(primary("", 0, 0, null).problem(false, LAG)).isEmpty();
    }

    @Test
    void aClusterWithItsSynchronousStandbyIsHealthy() {
        assertThat(primary("ANY 1 (pgautofailover_standby_2)", 1, 1, 0.2).problem(true, LAG))
                .isEmpty();
    }

    @Test
    void aPrimaryLeftAloneSaysItsWritesAreOnOneServer() {
        var problem = primary("", 0, 0, null).problem(true, LAG).orElseThrow();
        assertThat(problem.status()).isEqualTo("DEGRADED");
        assertThat(problem.reason()).contains("acknowledged by this server alone");
    }

    @Test
    void aStandbyStreamingAsynchronouslyIsAlsoNoSafetyEvenWhereNoneWasExpected() {
        assertThat(primary("", 1, 0, 0.1).problem(false, LAG).orElseThrow().status())
                .isEqualTo("DEGRADED");
    }

    @Test
    void commitsWaitingForAMissingStandbyAreOutOfService() {
        var problem = primary("ANY 1 (pgautofailover_standby_2)", 0, 0, null)
                .problem(false, LAG)
                .orElseThrow();
        assertThat(problem.status()).isEqualTo("OUT_OF_SERVICE");
        assertThat(problem.reason()).startsWith("writes wait").contains("no standby is connected");
        var catchingUp = primary("s2", 1, 0, 40.0).problem(true, LAG).orElseThrow();
        assertThat(catchingUp.status()).isEqualTo("OUT_OF_SERVICE");
        assertThat(catchingUp.reason()).contains("none synchronous yet");
    }

    @Test
    void aStandbyFarBehindIsReportedWithItsLag() {
        var problem = primary("s2", 1, 1, 42.4).problem(true, LAG).orElseThrow();
        assertThat(problem.status()).isEqualTo("DEGRADED");
        assertThat(problem.reason()).contains("42 s behind (limit 10 s)");
        assertThat(primary("s2", 1, 1, 9.9).problem(true, LAG)).isEmpty();
    }

    @Test
    void hiddenDetailsAreSaidToBeHiddenRatherThanGuessed() {
        var hidden = new Replication(false, "s2", 1, 0, null, false)
                .problem(true, LAG)
                .orElseThrow();
        assertThat(hidden.status()).isEqualTo("UNKNOWN");
        assertThat(hidden.reason()).contains("pg_monitor");
    }

    @Test
    void aStandbyLeavesItToThePrimaryCheck() {
        assertThat(new Replication(true, "", 0, 0, null, true).problem(true, LAG))
                .isEmpty();
    }
}
