package org.entente.audit;

import java.util.List;
import java.util.Optional;
import org.entente.audit.AuditEvent.Outcome;
import org.entente.audit.report.AuditFilter;
import org.entente.audit.report.AuditPage;
import org.entente.audit.report.Checkpoint;
import org.entente.audit.report.Verification;
import org.entente.shared.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an auditor does — verify the chain, read the events, have a checkpoint signed — each itself
 * recorded in the trail, so that watching the watchers needs nothing more.
 */
@Service
class AuditorActions {

    static final String TRAIL = "audit-trail";

    private final AuditVerifier verifier;
    private final AuditLog log;
    private final AuditCheckpoints checkpoints;
    private final AuditTrail trail;

    AuditorActions(AuditVerifier verifier, AuditLog log, AuditCheckpoints checkpoints, AuditTrail trail) {
        this.verifier = verifier;
        this.log = log;
        this.checkpoints = checkpoints;
        this.trail = trail;
    }

    /** Verifies first and records after, so the append lock is not held during the walk. */
    @Transactional
    Verification verify() {
        Verification result = verifier.verify();
        var event = new AuditEvent(
                        "audit.verify", TRAIL, null, null, result.ok() ? Outcome.SUCCESS : Outcome.FAILURE, null)
                .with("entries", Long.toString(result.entries()));
        if (!result.ok()) {
            event = event.with("firstBadEntry", Long.toString(result.firstBadEntry()))
                    .with("reason", result.reason().name());
        }
        trail.record(event);
        return result;
    }

    @Transactional
    AuditPage list(AuditFilter filter, Subject reader, int page, int size) {
        AuditPage result = log.page(filter, reader, page, size);
        var event = AuditEvent.read("audit.list", TRAIL, null, null).with("page", Integer.toString(page));
        if (filter.actor() != null) {
            event = event.with("actor", filter.actor());
        }
        if (filter.action() != null) {
            event = event.with("action", filter.action());
        }
        if (filter.outcome() != null) {
            event = event.with("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            event = event.with("from", filter.from().toString());
        }
        if (filter.to() != null) {
            event = event.with("to", filter.to().toString());
        }
        trail.record(event);
        return result;
    }

    /** The actors the filter offers: those the reader may read an event of (a read the list's entry covers). */
    List<String> actors(Subject reader) {
        return log.actors(reader);
    }

    @Transactional
    Optional<Checkpoint> checkpoint() {
        Optional<Checkpoint> signed = checkpoints.write();
        var event = AuditEvent.success("audit.checkpoint", TRAIL, null, null);
        trail.record(
                signed.map(c -> event.with("entry", Long.toString(c.entry()))).orElse(event));
        return signed;
    }
}
