package org.entente.committees;

import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A committee as typed in its create or edit form; code, parties and label only count on creation. */
public record CommitteeDraft(
        String code,
        CommitteeKind kind,
        LocalizedText name,
        List<String> parties,
        Long parentId,
        Long agreementId,
        List<CoChair> coChairs,
        LocalizedText secretariat,
        Cadence cadence,
        boolean alternating,
        List<Long> memberIds,
        Label label) {}
