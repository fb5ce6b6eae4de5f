package org.entente.workplans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an indicator's actual values come about (issue 15, item 6): typed by a planner ({@link
 * #NONE}), or computed from the plan's activities, per quarter of the plan's year, so that nobody
 * types what the plan already knows. Chosen when the indicator is created. Plain rules, no
 * database: {@code IndicatorComputationTest}.
 */
public enum IndicatorComputation {
    /** Typed by a planner, quarter by quarter. */
    NONE,
    /**
     * Activities executed (%): of the plan's activities planned in the quarter and due (executed, or
     * past their planned end still to be executed; cancelled and on hold ones are not due), the
     * share executed, as {@link ExecutionRates} counts it. No value for a quarter with nothing due.
     */
    EXECUTED_PERCENT,
    /**
     * People trained, so far: the trainees (the participants of the nations other than the one
     * leading the course) of the executed training courses that serve the indicator's objective,
     * added up to the end of each quarter that has begun.
     */
    PEOPLE_TRAINED;

    /** Whether the values are computed, not typed. */
    public boolean computed() {
        return this != NONE;
    }

    /** The code as stored, read back: an unknown or missing one is typed ({@link #NONE}). */
    static IndicatorComputation of(String code) {
        if (code == null) {
            return NONE;
        }
        for (IndicatorComputation computation : values()) {
            if (computation.name().equals(code)) {
                return computation;
            }
        }
        return NONE;
    }

    /**
     * The actual value per quarter (1–4) that has one.
     *
     * @param objectiveId the indicator's objective
     * @param activities the plan's activities
     * @param planYear the plan's year
     * @param today the day the values are read
     */
    Map<Integer, BigDecimal> actuals(
            long objectiveId, List<ActivitySummary> activities, int planYear, LocalDate today) {
        var values = new TreeMap<Integer, BigDecimal>();
        switch (this) {
            case EXECUTED_PERCENT -> {
                int[] executed = new int[5];
                int[] due = new int[5];
                for (ActivitySummary a : activities) {
                    Integer quarter = a.quarter();
                    boolean isExecuted = a.status() == ActivityStatus.EXECUTED;
                    if (quarter == null || !(isExecuted || a.overdue(today, planYear))) {
                        continue;
                    }
                    due[quarter]++;
                    executed[quarter] += isExecuted ? 1 : 0;
                }
                for (int q = 1; q <= 4; q++) {
                    if (due[q] > 0) {
                        values.put(
                                q,
                                BigDecimal.valueOf(executed[q] * 100L)
                                        .divide(BigDecimal.valueOf(due[q]), 0, RoundingMode.HALF_UP));
                    }
                }
            }
            case PEOPLE_TRAINED -> {
                var byQuarter = new TreeMap<Integer, BigDecimal>();
                for (ActivitySummary a : activities) {
                    if (a.status() != ActivityStatus.EXECUTED
                            || a.type() != ActivityType.TRAINING_COURSE
                            || !a.objectiveIds().contains(objectiveId)) {
                        continue;
                    }
                    LocalDate ended = a.actualEnd() != null ? a.actualEnd() : a.dueOn(planYear);
                    if (ended.getYear() != planYear) {
                        continue;
                    }
                    int trainees = a.participants().entrySet().stream()
                            .filter(p -> !p.getKey().equals(a.leadNation()))
                            .mapToInt(Map.Entry::getValue)
                            .sum();
                    byQuarter.merge((ended.getMonthValue() - 1) / 3 + 1, BigDecimal.valueOf(trainees), BigDecimal::add);
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (int q = 1; q <= 4 && !LocalDate.of(planYear, q * 3 - 2, 1).isAfter(today); q++) {
                    sum = sum.add(byQuarter.getOrDefault(q, BigDecimal.ZERO));
                    values.put(q, sum);
                }
            }
            default -> {
                // Typed: nothing to compute.
            }
        }
        return values;
    }
}
