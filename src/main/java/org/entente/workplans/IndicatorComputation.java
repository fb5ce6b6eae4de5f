package org.entente.workplans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an indicator's actual values come about (issue 15, item 6): typed by a planner ({@link
 * #NONE}), or computed from the plan's activities, per quarter of the plan's year, so that nobody
 * types what the plan already knows. Chosen when the indicator is created. The database counts
 * which activities are due, executed, or courses of an objective (one aggregate, issue 20); the
 * arithmetic here is plain rules, no database: {@code IndicatorComputationTest}.
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
     * What the database counts for the computed indicators of one plan, over the activities the
     * reader may see ({@code PlanReads.indicatorTallies}, one aggregate): per planned quarter (1–4)
     * the activities due and those executed; per objective, the trainees of its executed training
     * courses by the quarter they ended in.
     */
    record Tallies(int[] due, int[] executed, Map<Long, int[]> trainedByObjective) {

        static Tallies empty() {
            return new Tallies(new int[5], new int[5], new TreeMap<>());
        }

        void countDue(int quarter, int dueCount, int executedCount) {
            due[quarter] += dueCount;
            executed[quarter] += executedCount;
        }

        void countTrained(long objectiveId, int quarter, int trainees) {
            trainedByObjective.computeIfAbsent(objectiveId, id -> new int[5])[quarter] += trainees;
        }
    }

    /**
     * The actual value per quarter (1–4) that has one.
     *
     * @param objectiveId the indicator's objective
     * @param tallies what the database counted over the plan's activities
     * @param planYear the plan's year
     * @param today the day the values are read
     */
    Map<Integer, BigDecimal> actuals(long objectiveId, Tallies tallies, int planYear, LocalDate today) {
        var values = new TreeMap<Integer, BigDecimal>();
        switch (this) {
            case EXECUTED_PERCENT -> {
                for (int q = 1; q <= 4; q++) {
                    if (tallies.due()[q] > 0) {
                        values.put(
                                q,
                                BigDecimal.valueOf(tallies.executed()[q] * 100L)
                                        .divide(BigDecimal.valueOf(tallies.due()[q]), 0, RoundingMode.HALF_UP));
                    }
                }
            }
            case PEOPLE_TRAINED -> {
                int[] trained = tallies.trainedByObjective().getOrDefault(objectiveId, new int[5]);
                long sum = 0;
                for (int q = 1; q <= 4 && !LocalDate.of(planYear, q * 3 - 2, 1).isAfter(today); q++) {
                    sum += trained[q];
                    values.put(q, BigDecimal.valueOf(sum));
                }
            }
            default -> {
                // Typed: nothing to compute.
            }
        }
        return values;
    }
}
