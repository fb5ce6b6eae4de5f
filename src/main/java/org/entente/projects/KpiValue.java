package org.entente.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.entente.shared.Label;

/** One measure of a commitment: the target and the actual value on a day. */
public record KpiValue(
        long id,
        long projectId,
        Kpi kpi,
        LocalDate date,
        BigDecimal target,
        BigDecimal actual,
        org.entente.shared.LocalizedText note,
        boolean illustrative,
        Label label) {}
