package org.entente.database;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;
import org.springframework.stereotype.Component;

/**
 * While the database cannot be reached, a request is answered 503 and {@link DatabaseDown} logs it
 * in one line; on the way there, the pool ("connection marked as broken"), Spring's transaction
 * templates ("application exception overridden by rollback exception"), Spring Security and others
 * log the same failure with its whole stack — 14 stacks of {@code CannotGetJdbcConnectionException}
 * in the node log of one failover drill (bench/ha), for requests answered 503. This filter keeps
 * such a report to its first line: on a thread serving a request (inside {@link DatabaseDown}'s
 * filter), a warning or error whose exception says the database cannot be reached ({@link
 * DatabaseDown#isCause}) is logged again, same logger, as one WARN line naming the root cause, and
 * the original with its stack is dropped. Everything else is left as it is: a real 500's stack
 * (an exception that is not the database's absence), the same failure in a scheduled job or at
 * start, and anything below WARN.
 */
@Component
class DatabaseDownLog extends TurboFilter {

    static final String NAME = "entente-database-down";

    /** Set by {@link DatabaseDown} while a request passes its filter on this thread. */
    private static final ThreadLocal<Boolean> SERVING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    DatabaseDownLog() {
        setName(NAME);
        start();
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            // One per logging context: test contexts share it, and each Spring Boot start resets it.
            context.getTurboFilterList().removeIf(filter -> NAME.equals(filter.getName()));
            context.addTurboFilter(this);
        }
    }

    /** Marks this thread as serving a request; returns whether it already was (an error dispatch). */
    static boolean serving() {
        boolean before = SERVING.get();
        SERVING.set(Boolean.TRUE);
        return before;
    }

    /** Ends what {@link #serving()} began. */
    static void served(boolean before) {
        if (before) {
            SERVING.set(Boolean.TRUE);
        } else {
            SERVING.remove();
        }
    }

    @Override
    public FilterReply decide(
            Marker marker, Logger logger, Level level, String format, Object[] params, Throwable thrown) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !SERVING.get()) {
            return FilterReply.NEUTRAL;
        }
        Throwable failure = thrown != null ? thrown : lastThrowable(params);
        if (failure == null || !DatabaseDown.isCause(failure)) {
            return FilterReply.NEUTRAL;
        }
        String message = MessageFormatter.arrayFormat(format, params).getMessage();
        logger.warn(
                "{} ({}; the database cannot be reached, stack left out)", message, DatabaseDown.rootMessage(failure));
        return FilterReply.DENY;
    }

    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable t ? t : null;
    }
}
