package org.entente.audit.report;

import java.time.Instant;
import java.util.Map;
import org.entente.audit.AuditEvent.Outcome;
import org.entente.shared.Label;

/** One entry of the audit trail as the auditor reads it. */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String actorNation,
        String action,
        String objectType,
        String objectId,
        Label label,
        Outcome outcome,
        String sourceAddress,
        Map<String, String> details,
        String hash) {}
