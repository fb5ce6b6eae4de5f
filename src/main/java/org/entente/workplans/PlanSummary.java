package org.entente.workplans;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A work plan as lists and pages show it. */
public record PlanSummary(
        long id,
        long committeeId,
        Long agreementId,
        String committeeCode,
        int year,
        LocalizedText title,
        List<String> parties,
        PlanStatus status,
        Integer signedSession,
        LocalDate signedOn,
        List<PlanSignatory> signatories,
        String baselineSha256,
        boolean illustrative,
        int version,
        Label label,
        int activities,
        int approved) {}
