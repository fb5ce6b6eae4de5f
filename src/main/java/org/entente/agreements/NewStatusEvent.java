package org.entente.agreements;

import java.time.LocalDate;
import org.entente.shared.LocalizedText;

/** A status event to record on an agreement; the agreement's rules decide whether it may be. */
public record NewStatusEvent(
        AgreementEventKind kind, LocalDate date, LocalizedText reason, LocalizedText note, boolean illustrative) {}
