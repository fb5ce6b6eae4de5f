package org.entente.agreements;

import java.time.LocalDate;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * One dated event of an agreement's status history, as recorded.
 *
 * @param reason why (required for a suspension), in as many languages as written (null: none)
 * @param note anything else worth knowing, e.g. which details are illustrative
 */
public record StatusEvent(
        long id,
        long agreementId,
        LocalDate date,
        AgreementEventKind kind,
        LocalizedText reason,
        LocalizedText note,
        boolean illustrative,
        Label label) {}
