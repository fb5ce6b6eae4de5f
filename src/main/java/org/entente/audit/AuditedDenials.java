package org.entente.audit;

import org.entente.shared.Denials;
import org.entente.shared.Label;
import org.springframework.stereotype.Component;

/** The exception handlers' denials, as entries of the audit trail in a transaction of their own. */
@Component
class AuditedDenials implements Denials {

    private final AuditTrail audit;

    AuditedDenials(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void record(String action, String objectType, String objectId, Label label, String reason) {
        AuditEvent event = AuditEvent.denied(action, objectType, objectId, label);
        audit.recordSeparately(reason == null ? event : event.with("reason", reason));
    }
}
