package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ReflectionUtils;

/**
 * Scheduled work once per cluster (issue 19): of two nodes, the one holding a job's lock runs it and
 * the other skips; a job that ran is not run again by another node before its {@code atLeast}; and
 * the scheduled jobs go through the lock.
 */
@DemoApplicationTest
class ClusterJobLockIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient sql;

    @Test
    void oneNodeAtATimeAndNotAgainBeforeAtLeast() {
        var a = new ClusterJobLock(context.getBeanProvider(JdbcClient.class), "node-a");
        var b = new ClusterJobLock(context.getBeanProvider(JdbcClient.class), "node-b");
        String job = "test-" + UUID.randomUUID();
        assertThat(a.take(job, Duration.ofMinutes(10))).isTrue();
        assertThat(b.take(job, Duration.ofMinutes(10))).as("held by node A").isFalse();
        a.release(job, Duration.ZERO);
        assertThat(b.take(job, Duration.ofMinutes(10))).as("released").isTrue();
        b.release(job, Duration.ofHours(1));
        assertThat(a.take(job, Duration.ofMinutes(10)))
                .as("ran less than its atLeast ago, on another node")
                .isFalse();
    }

    @Test
    void aNodeThatDiedHoldsTheLockAtMostItsAtMost() {
        var dead = new ClusterJobLock(context.getBeanProvider(JdbcClient.class), "node-dead");
        var alive = new ClusterJobLock(context.getBeanProvider(JdbcClient.class), "node-alive");
        String job = "test-" + UUID.randomUUID();
        assertThat(dead.take(job, Duration.ofMillis(1))).isTrue();
        sql.sql("select pg_sleep(0.05)").query().listOfRows();
        assertThat(alive.take(job, Duration.ofMinutes(10))).isTrue();
    }

    @Test
    void theOutboxRetryRunsUnderItsLock() {
        // As if another node had run it last, and finished.
        sql.sql("""
                        insert into shared.scheduled_lock (name, locked_at, locked_until, locked_by)
                        values ('outbox-retry', now() - interval '1 minute', now() - interval '1 second', 'elsewhere')
                        on conflict (name) do update set locked_by = 'elsewhere', locked_until = excluded.locked_until""").update();
        Object retry = context.getBean("outboxRetry");
        var method = ReflectionUtils.findMethod(retry.getClass(), "retry");
        ReflectionUtils.makeAccessible(method);
        ReflectionUtils.invokeMethod(method, retry);
        assertThat(sql.sql("select locked_by from shared.scheduled_lock where name = 'outbox-retry'")
                        .query(String.class)
                        .optional())
                .contains(ManagementFactory.getRuntimeMXBean().getName());
    }
}
