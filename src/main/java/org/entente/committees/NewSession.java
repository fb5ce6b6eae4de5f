package org.entente.committees;

import java.time.LocalDate;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

public record NewSession(
        long committeeId,
        int number,
        LocalDate startDate,
        LocalDate endDate,
        String hostNation,
        LocalizedText city,
        SessionStatus status,
        boolean illustrative,
        Label label) {}
