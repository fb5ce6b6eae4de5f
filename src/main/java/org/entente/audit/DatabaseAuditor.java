package org.entente.audit;

import java.time.Duration;
import org.entente.shared.DatabaseRestarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that the embedded database stopped unexpectedly and was started again, once it is back.
 *
 * <p>"Back" is when the postmaster says it accepts connections; the pool may still hold an attempt
 * begun during recovery ("the database system is starting up"), so the entry is written with a few
 * tries over {@link #PATIENCE} rather than lost to the first refused connection.
 */
@Component
class DatabaseAuditor {

    static final String RESTART = "database.restart";

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final Duration PAUSE = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(DatabaseAuditor.class);

    private final AuditTrail trail;

    private final TransactionTemplate transaction;

    DatabaseAuditor(AuditTrail trail, PlatformTransactionManager transactions) {
        this.trail = trail;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void restarted(DatabaseRestarted event) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                Long id = transaction.execute(
                        status -> trail.record(AuditEvent.success(RESTART, "database", "embedded", null)
                                .with("stopped", event.stopped().toString())
                                .with("back", event.back().toString())));
                log.info("Audit entry {} records the embedded database's restart", id);
                return;
            } catch (TransactionException | DataAccessException notYet) {
                if (System.nanoTime() > deadline) {
                    log.error("The embedded database's restart could not be recorded in the audit trail", notYet);
                    return;
                }
                log.warn(
                        "The restarted database does not take the audit entry yet ({}); trying again",
                        notYet.getMessage());
                Thread.sleep(PAUSE.toMillis());
            }
        }
    }
}
