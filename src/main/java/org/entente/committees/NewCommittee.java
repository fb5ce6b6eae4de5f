package org.entente.committees;

import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A committee to record; {@code agreementId} is the agreement it is established under, or null. */
public record NewCommittee(
        String code,
        CommitteeKind kind,
        LocalizedText name,
        List<String> parties,
        Long agreementId,
        boolean illustrative,
        Label label) {}
