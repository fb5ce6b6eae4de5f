package org.entente.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A scheduled method that runs on one node of a cluster at a time, and not again on another node
 * until {@link #atLeast()} has passed since it started there: put it beside {@code @Scheduled}.
 * Every node's scheduler still fires; the first to take the job's lock in PostgreSQL ({@code
 * shared.scheduled_lock}, by the database's clock, so a node whose clock is off changes nothing)
 * runs it, the others skip that turn. A node that dies holding a lock holds it at most {@link
 * #atMost()}. On one machine the lock costs two statements a run and changes nothing else.
 *
 * <pre>{@code
 * @Scheduled(cron = "${entente.mail.digest-cron:0 0 6 * * *}")
 * @OncePerCluster(name = "mail-digests", atLeast = "PT30M")
 * void digests() { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OncePerCluster {

    /** The job's name, unique among jobs: the lock's key. */
    String name();

    /**
     * How long after a run started no node runs it again (ISO-8601 duration): for a daily job,
     * longer than the nodes' clocks can differ, so that a node whose clock is late does not run the
     * same day's job again.
     */
    String atLeast() default "PT0S";

    /** How long a run may hold the lock if its node dies during it (ISO-8601 duration). */
    String atMost() default "PT10M";
}
