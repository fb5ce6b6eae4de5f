package org.entente.workplans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A shared objective with its indicators. */
public record ObjectiveSummary(
        long id, long planId, int position, LocalizedText title, List<Indicator> indicators, Label label) {

    /** An indicator: unit ("people", multilingual), baseline, target and the actual value per quarter (1–4). */
    public record Indicator(
            long id,
            LocalizedText name,
            LocalizedText unit,
            BigDecimal baseline,
            BigDecimal target,
            Map<Integer, BigDecimal> actuals,
            int version,
            Label label) {}
}
