package org.entente.agreements;

import java.time.LocalDate;
import java.util.List;

/** Published when a suspended agreement is resumed, so that what was put on hold can be restored. */
public record AgreementResumed(long agreementId, List<String> parties, LocalDate date) {}
