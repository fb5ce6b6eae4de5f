package org.entente.agreements;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when an agreement is suspended, in the transaction that records it, so that other
 * modules (work plans, sessions) put on hold what falls under it.
 */
public record AgreementSuspended(
        long agreementId, List<String> parties, LocalDate date, org.entente.shared.LocalizedText reason) {}
