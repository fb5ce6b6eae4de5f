package org.entente.workplans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A shared objective with its indicators. */
public record ObjectiveSummary(
        long id, long planId, int position, LocalizedText title, List<Indicator> indicators, Label label) {

    /**
     * An indicator: unit, baseline, target and the actual value per quarter (1–4), typed or computed
     * from the plan's activities ({@code computation}).
     */
    public record Indicator(
            long id,
            LocalizedText name,
            LocalizedText unit,
            BigDecimal baseline,
            BigDecimal target,
            Map<Integer, BigDecimal> actuals,
            int version,
            Label label,
            IndicatorComputation computation) {

        public Indicator {
            computation = computation == null ? IndicatorComputation.NONE : computation;
        }

        /** Whether its values come from the activities, not from a planner. */
        public boolean computed() {
            return computation.computed();
        }

        Indicator withActuals(Map<Integer, BigDecimal> values) {
            return new Indicator(id, name, unit, baseline, target, values, version, label, computation);
        }
    }

    /** The same objective with other indicators. */
    ObjectiveSummary withIndicators(List<Indicator> others) {
        return new ObjectiveSummary(id, planId, position, title, others, label);
    }
}
