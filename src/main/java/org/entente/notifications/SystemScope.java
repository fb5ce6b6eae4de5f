package org.entente.notifications;

import java.util.function.Function;
import javax.sql.DataSource;
import org.entente.shared.Classification;
import org.entente.shared.ReaderSettings;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work the notifications do on their own, in the listener's transaction, as a system subject of
 * one nation: the subject for the services' policy checks, and the same nation and clearance in the
 * transaction's settings for row-level security (the transaction began before anyone was acting,
 * so the transaction manager set them empty). What the work returns is what that nation may read;
 * the notifications then go only to accounts that may read it too.
 */
@Component
class SystemScope {

    static final String USERNAME = "notifications";

    /**
     * The scope in force on this thread: its nation and the transaction's connection it was set on.
     * A scope of the same nation opened inside it, on the same connection, finds the settings already
     * right and sends nothing (a comment's notices are written as the nation that read the comment).
     */
    private static final ThreadLocal<InForce> IN_FORCE = new ThreadLocal<>();

    private record InForce(String nation, Object connection) {}

    private final JdbcClient sql;
    private final DataSource dataSource;

    SystemScope(JdbcClient sql, DataSource dataSource) {
        this.sql = sql;
        this.dataSource = dataSource;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    <T> T as(String nation, Function<Subject, T> work) {
        var subject = new SystemSubject(USERNAME, nation, Classification.SECRET);
        Object connection = TransactionSynchronizationManager.getResource(dataSource);
        InForce outer = IN_FORCE.get();
        if (outer != null && outer.nation().equals(nation) && outer.connection() == connection) {
            return subject.run(() -> work.apply(subject));
        }
        String[] previous = ReaderSettings.current(sql);
        return subject.run(() -> {
            ReaderSettings.set(sql, nation, Integer.toString(Classification.SECRET.ordinal()));
            IN_FORCE.set(new InForce(nation, connection));
            try {
                return work.apply(subject);
            } finally {
                if (outer == null) {
                    IN_FORCE.remove();
                } else {
                    IN_FORCE.set(outer);
                }
                ReaderSettings.set(sql, previous[0], previous[1]);
            }
        });
    }
}
