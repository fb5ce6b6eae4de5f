package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.entente.DemoApplicationTest;
import org.entente.shared.EntenteProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes signing the audit trail's checkpoints (issue 19): each writes entries and checkpoints
 * into the same trail and the same checkpoint file (a directory both mount), one of them with a clock
 * seven minutes slow, and the chain verifies; while one node signs (it holds the advisory lock), the
 * other does not sign beside it.
 */
@DemoApplicationTest
class AuditCheckpointsClusterIT {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditProperties properties;

    @Autowired
    EntenteProperties entente;

    @Autowired
    AuditCheckpoints nodeA;

    @Autowired
    AuditTrail trailA;

    @Autowired
    AuditVerifier verifier;

    @Test
    void twoNodesOneOfThemMinutesSlowSignAChainThatVerifies() {
        var nodeB = new AuditCheckpoints(
                properties, entente, sql, transactions, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-7)));
        var trailB = new AuditTrail(sql, nodeB, transactions);
        int before = nodeA.read().size();
        for (int round = 0; round < 3; round++) {
            append(trailA, "cluster.node-a");
            assertThat(nodeA.write()).isPresent();
            append(trailB, "cluster.node-b");
            assertThat(nodeB.write()).isPresent();
        }
        var signed = nodeB.read();
        assertThat(signed).hasSizeGreaterThanOrEqualTo(before + 6).allMatch(AuditCheckpoints.Signed::valid);
        var last = signed.get(signed.size() - 1).checkpoint();
        assertThat(last.signedAt())
                .as("node B's clock is minutes slow")
                .isBefore(signed.get(signed.size() - 2).checkpoint().signedAt());
        var verification = verifier.verify();
        assertThat(verification.ok()).as(verification.toString()).isTrue();
        assertThat(verification.lastCheckpoint()).isEqualTo(last);
    }

    @Test
    void aNodeDoesNotSignWhileAnotherHoldsTheLock() throws Exception {
        var nodeB = new AuditCheckpoints(properties, entente, sql, transactions, Clock.systemUTC());
        append(trailA, "cluster.locked");
        int before = nodeB.read().size();
        try (Connection other = dataSource.getConnection();
                var lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, AuditCheckpoints.SIGNING_LOCK);
            lock.execute();
            nodeB.tryWrite();
            assertThat(nodeB.read())
                    .as("no checkpoint while another node signs")
                    .hasSize(before);
            try (var unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, AuditCheckpoints.SIGNING_LOCK);
                unlock.execute();
            }
        }
        nodeB.tryWrite();
        assertThat(nodeB.read()).hasSize(before + 1);
    }

    private void append(AuditTrail trail, String action) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> trail.recordAs("tester", "MAR", AuditEvent.success(action, "test", null, null)));
    }
}
