package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The failover drill's node log held the whole stack of the same lost connection 14 times, for
 * requests answered 503: on a request's thread, a warning or error about the database's absence is
 * kept to one line; a real failure keeps its stack, and so does the database's absence outside a
 * request (a scheduled job, the start).
 */
class DatabaseDownLogTest {

    private static final CannotGetJdbcConnectionException DATABASE_LOST = new CannotGetJdbcConnectionException(
            "Failed to obtain JDBC Connection",
            new SQLTransientConnectionException(
                    "entente-app - Connection is not available, request timed out after 3000ms"));

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger logger = context.getLogger("org.entente.database.DatabaseDownLogTest.sample");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private DatabaseDownLog filter;

    @BeforeEach
    void listen() {
        events.start();
        logger.addAppender(events);
        filter = new DatabaseDownLog();
    }

    @AfterEach
    void stop() {
        logger.detachAppender(events);
        context.getTurboFilterList().remove(filter);
    }

    @Test
    void inARequestTheDatabasesAbsenceIsOneLineWithoutItsStack() {
        inRequest(() -> logger.error("Application exception overridden by rollback exception", DATABASE_LOST));
        // The pool's form: the exception as the last argument of a parameterised message.
        inRequest(() -> logger.warn(
                "{} - Connection {} marked as broken because of SQLSTATE({})",
                "entente-app",
                "PgConnection@1",
                "08006",
                DATABASE_LOST));

        assertThat(events.list)
                .extracting(
                        ILoggingEvent::getLevel, e -> e.getThrowableProxy() == null, ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ch.qos.logback.classic.Level.WARN,
                                true,
                                "Application exception overridden by rollback exception (SQLTransientConnectionException:"
                                        + " entente-app - Connection is not available, request timed out after 3000ms;"
                                        + " the database cannot be reached, stack left out)"),
                        org.assertj.core.groups.Tuple.tuple(
                                ch.qos.logback.classic.Level.WARN,
                                true,
                                "entente-app - Connection PgConnection@1 marked as broken because of SQLSTATE(08006)"
                                        + " (SQLTransientConnectionException: entente-app - Connection is not available,"
                                        + " request timed out after 3000ms; the database cannot be reached, stack left out)"));
    }

    @Test
    void aRealFailureInARequestKeepsItsStack() {
        inRequest(() -> logger.error("GET /plans/1 failed", new IllegalStateException("a bug")));

        assertThat(events.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.ERROR);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("a bug");
        });
    }

    @Test
    void outsideARequestTheDatabasesAbsenceKeepsItsStack() {
        logger.error("Supervising the embedded PostgreSQL failed", DATABASE_LOST);

        assertThat(events.list)
                .singleElement()
                .satisfies(event -> assertThat(event.getThrowableProxy().getClassName())
                        .isEqualTo(CannotGetJdbcConnectionException.class.getName()));
    }

    @Test
    void theErrorDispatchInsideARequestLeavesItServed() {
        boolean outer = DatabaseDownLog.serving();
        boolean inner = DatabaseDownLog.serving();
        DatabaseDownLog.served(inner);
        logger.warn("still in the request", DATABASE_LOST);
        DatabaseDownLog.served(outer);
        logger.warn("after the request", DATABASE_LOST);

        assertThat(events.list)
                .extracting(e -> e.getThrowableProxy() == null)
                .as("stack left out inside the request only")
                .containsExactly(true, false);
    }

    private static void inRequest(Runnable logging) {
        boolean before = DatabaseDownLog.serving();
        try {
            logging.run();
        } finally {
            DatabaseDownLog.served(before);
        }
    }
}
