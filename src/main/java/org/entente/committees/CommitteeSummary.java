package org.entente.committees;

import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A committee as lists show it, with its latest held session if the viewer may see one. */
public record CommitteeSummary(
        long id,
        String code,
        CommitteeKind kind,
        LocalizedText name,
        List<String> parties,
        boolean illustrative,
        Label label,
        SessionSummary lastSession) {}
