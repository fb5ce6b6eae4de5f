package org.entente.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that runs in the second lane: beside the other test classes, which run one after
 * the other in the first lane, on the machine's second core ({@code junit-platform.properties}).
 * Only for a class that shares nothing with the first lane: no record of the shared demo
 * application, no browser; it starts its own application (other properties, so another context
 * and database), its own PostgreSQL or its own JVM, and spends much of its time waiting for them.
 *
 * <p>The classes of the second lane run one at a time (they hold one lock), and the tests of a
 * class one after the other in its thread, as without this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SecondLane.LOCK)
public @interface SecondLane {

    String LOCK = "org.entente.support.SecondLane";
}
