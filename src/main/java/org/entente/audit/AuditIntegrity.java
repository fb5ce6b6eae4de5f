package org.entente.audit;

import org.entente.audit.report.Verification;
import org.springframework.stereotype.Service;

/** Whether the audit trail is intact, for other modules (a restore checks it when done). */
@Service
public class AuditIntegrity {

    /** The chain's verification: intact or not, how many entries were found intact, and why not. */
    public record Result(boolean ok, long entries, String detail) {}

    private final AuditVerifier verifier;

    AuditIntegrity(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    public Result verify() {
        Verification verification = verifier.verify();
        return new Result(verification.ok(), verification.entries(), verification.detail());
    }
}
