package org.entente.projects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A project's progress rolled up from its milestones and its commitments, in whole percent.
 *
 * <p>The formula (also shown on the project page, {@code project.progress.formula}):
 *
 * <ul>
 *   <li><b>milestones</b> = achieved milestones ÷ milestones not dropped;
 *   <li><b>commitments</b> = the mean, over each commitment that has a target above zero, of its
 *       latest actual value ÷ its latest target, each capped at 100 %;
 *   <li><b>progress</b> = the mean of the two when both exist, else the one that exists, else 0.
 * </ul>
 *
 * @param milestones the milestones' share, or empty when there is no milestone to count
 * @param commitments the commitments' share, or empty when no commitment has a target
 */
public record Progress(
        int percent,
        OptionalInt milestones,
        OptionalInt commitments,
        int achieved,
        int counted,
        int late,
        Map<Kpi, KpiValue> latest) {

    public static Progress of(List<Milestone> milestones, List<KpiValue> values, LocalDate today) {
        int counted = 0;
        int achieved = 0;
        int late = 0;
        for (Milestone milestone : milestones) {
            MilestoneStatus status = milestone.status(today);
            if (status != MilestoneStatus.DROPPED) {
                counted++;
            }
            if (status == MilestoneStatus.ACHIEVED) {
                achieved++;
            }
            if (status == MilestoneStatus.LATE) {
                late++;
            }
        }
        Map<Kpi, KpiValue> latest = new EnumMap<>(Kpi.class);
        values.stream()
                .sorted(Comparator.comparing(KpiValue::date).thenComparing(KpiValue::id))
                .forEach(v -> latest.put(v.kpi(), v));
        double sum = 0;
        int measured = 0;
        for (KpiValue value : latest.values()) {
            if (value.target().signum() > 0) {
                sum += Math.min(
                        1.0, value.actual().doubleValue() / value.target().doubleValue());
                measured++;
            }
        }
        OptionalInt milestoneShare =
                counted == 0 ? OptionalInt.empty() : OptionalInt.of(percent((double) achieved / counted));
        OptionalInt commitmentShare = measured == 0 ? OptionalInt.empty() : OptionalInt.of(percent(sum / measured));
        int overall;
        if (milestoneShare.isPresent() && commitmentShare.isPresent()) {
            overall = percent(((double) achieved / counted + sum / measured) / 2);
        } else if (milestoneShare.isPresent()) {
            overall = milestoneShare.getAsInt();
        } else {
            overall = commitmentShare.orElse(0);
        }
        return new Progress(overall, milestoneShare, commitmentShare, achieved, counted, late, Map.copyOf(latest));
    }

    private static int percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
