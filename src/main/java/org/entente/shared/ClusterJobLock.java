package org.entente.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a {@link OncePerCluster} method if this node takes its lock: one row per job in {@code
 * shared.scheduled_lock}, taken when its {@code locked_until} has passed by the database's clock,
 * held until the run ends (or {@code atMost}), then kept until {@code atLeast} after the start. Each
 * statement commits on its own: no transaction is held open during the run.
 */
final class ClusterJobLock implements MethodInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobLock.class);

    private final ObjectProvider<JdbcClient> database;
    /** Who holds a lock, for an operator reading the table: the JVM's pid@host. */
    private final String node;

    ClusterJobLock(ObjectProvider<JdbcClient> database) {
        this(database, ManagementFactory.getRuntimeMXBean().getName());
    }

    ClusterJobLock(ObjectProvider<JdbcClient> database, String node) {
        this.database = database;
        this.node = node;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        OncePerCluster job = invocation.getMethod().getAnnotation(OncePerCluster.class);
        if (job == null) {
            return invocation.proceed();
        }
        boolean taken;
        try {
            taken = take(job.name(), Duration.parse(job.atMost()));
        } catch (DataAccessException databaseDown) {
            // The run is skipped, as it would fail anyway; the next turn tries again.
            log.warn("{} skipped: its lock cannot be taken ({})", job.name(), databaseDown.getMessage());
            return null;
        }
        if (!taken) {
            log.debug("{} runs on another node now", job.name());
            return null;
        }
        try {
            return invocation.proceed();
        } finally {
            release(job.name(), Duration.parse(job.atLeast()));
        }
    }

    /** Takes the job's lock unless another run holds it (or ran less than its atLeast ago). */
    boolean take(String name, Duration atMost) {
        return database.getObject()
                        .sql("""
                        insert into shared.scheduled_lock as held (name, locked_at, locked_until, locked_by)
                        values (:name, clock_timestamp(), clock_timestamp() + :atMost * interval '1 millisecond', :node)
                        on conflict (name) do update
                           set locked_at = excluded.locked_at, locked_until = excluded.locked_until,
                               locked_by = excluded.locked_by
                         where held.locked_until <= clock_timestamp()""")
                        .param("name", name)
                        .param("atMost", atMost.toMillis())
                        .param("node", node)
                        .update()
                == 1;
    }

    /** Ends this node's run: the lock stays until atLeast after the run's start, by the database's clock. */
    void release(String name, Duration atLeast) {
        database.getObject()
                .sql("""
                        update shared.scheduled_lock
                           set locked_until = greatest(clock_timestamp(), locked_at + :atLeast * interval '1 millisecond')
                         where name = :name and locked_by = :node""")
                .param("name", name)
                .param("atLeast", atLeast.toMillis())
                .param("node", node)
                .update();
    }
}
