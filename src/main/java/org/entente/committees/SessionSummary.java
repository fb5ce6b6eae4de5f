package org.entente.committees;

import java.time.LocalDate;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A session as lists show it. */
public record SessionSummary(
        long committeeId,
        LocalizedText committeeName,
        int number,
        LocalDate startDate,
        LocalDate endDate,
        String hostNation,
        LocalizedText city,
        SessionStatus status,
        boolean illustrative,
        Label label,
        long id) {}
