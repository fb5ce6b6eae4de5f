package org.entente.agreements;

import java.time.LocalDate;
import org.entente.shared.Label;

/**
 * One dated event of an agreement's status history, as recorded.
 *
 * @param reason why (required for a suspension), free text in the recorder's language
 * @param note anything else worth knowing, e.g. which details are illustrative
 */
public record StatusEvent(
        long id,
        long agreementId,
        LocalDate date,
        AgreementEventKind kind,
        String reason,
        String note,
        boolean illustrative,
        Label label) {}
