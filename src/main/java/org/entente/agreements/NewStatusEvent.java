package org.entente.agreements;

import java.time.LocalDate;

/** A status event to record on an agreement; the agreement's rules decide whether it may be. */
public record NewStatusEvent(
        AgreementEventKind kind, LocalDate date, String reason, String note, boolean illustrative) {}
