package org.entente.committees;

import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

public record NewCommittee(
        String code, CommitteeKind kind, LocalizedText name, List<String> parties, boolean illustrative, Label label) {}
