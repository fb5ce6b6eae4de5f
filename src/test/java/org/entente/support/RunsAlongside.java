package org.entente.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs beside the line of other classes, not in it (pom.xml, Failsafe):
 * in a test JVM the classes run one after the other in one thread, and on two cores that thread
 * mostly waits (for PostgreSQL, for Chromium), leaving a core idle for much of the build.
 *
 * <p>Failsafe only (pom.xml sets it for its JVM). Only for a class that shares nothing with the others: its own application (or none) on its
 * own database and data directory, no system property or default locale or clock it changes, no
 * demo account of the shared context. A browser class may (Playwright's objects are not
 * thread-safe): {@code BrowserTest} starts one Chromium per test thread, and the page checks keep
 * one phone per Chromium; its row in {@code target/browser-counts} then also holds what the line's
 * browser classes did meanwhile.
 * Classes marked so run one at a time among themselves (the lock), and a class's own tests keep
 * running one after the other in one thread, in their order (a class holding a lock runs its tests
 * in its own thread).
 *
 * <p>Its row in {@code target/test-cpu} (support.CpuPerClass) then also holds what the classes
 * beside it used in the same time: the whole JVM's CPU is what it reads.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunsAlongside.LOCK)
public @interface RunsAlongside {

    String LOCK = "org.entente.support.RunsAlongside";
}
