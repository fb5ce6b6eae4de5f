package org.entente.audit;

import org.entente.shared.DatabaseRestarted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that the embedded database stopped unexpectedly and was started again, once it is back:
 * the event comes when the application's pool answers a query again (EmbeddedServer), so the entry
 * is written at the first try.
 */
@Component
class DatabaseAuditor {

    static final String RESTART = "database.restart";

    private static final Logger log = LoggerFactory.getLogger(DatabaseAuditor.class);

    private final AuditTrail trail;

    DatabaseAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional
    void restarted(DatabaseRestarted event) {
        long id = trail.recordNow(AuditEvent.success(RESTART, "database", "embedded", null)
                .with("stopped", event.stopped().toString())
                .with("back", event.back().toString()));
        log.info("Audit entry {} records the embedded database's restart", id);
    }
}
