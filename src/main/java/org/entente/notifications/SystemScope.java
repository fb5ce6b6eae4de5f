package org.entente.notifications;

import java.util.function.Function;
import org.entente.shared.Classification;
import org.entente.shared.ReaderSettings;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    private final JdbcClient sql;

    SystemScope(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    <T> T as(String nation, Function<Subject, T> work) {
        String[] previous = ReaderSettings.current(sql);
        var subject = new SystemSubject(USERNAME, nation, Classification.SECRET);
        return subject.run(() -> {
            ReaderSettings.set(sql, nation, Integer.toString(Classification.SECRET.ordinal()));
            try {
                return work.apply(subject);
            } finally {
                ReaderSettings.set(sql, previous[0], previous[1]);
            }
        });
    }
}
