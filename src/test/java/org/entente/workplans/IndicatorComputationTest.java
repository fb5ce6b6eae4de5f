package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Indicators computed from the plan's activities, without a database. */
class IndicatorComputationTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 15);

    @Test
    void activitiesExecutedIsTheShareOfDueActivitiesExecutedPerQuarter() {
        var activities = List.of(
                Activities.inQuarter(1, ActivityStatus.EXECUTED, 1),
                Activities.inQuarter(2, ActivityStatus.EXECUTED, 1),
                Activities.inQuarter(3, ActivityStatus.PLANNED, 1), // overdue: due, not executed
                Activities.inQuarter(4, ActivityStatus.CANCELLED, 1), // not due
                Activities.inQuarter(5, ActivityStatus.ON_HOLD, 2), // not due
                Activities.inQuarter(6, ActivityStatus.EXECUTED, 2),
                Activities.inQuarter(7, ActivityStatus.PLANNED, 3), // ends 30 September: not due yet
                Activities.inQuarter(8, ActivityStatus.PLANNED, 4));

        var values = IndicatorComputation.EXECUTED_PERCENT.actuals(9, activities, 2026, SEPTEMBER);

        assertThat(values).containsExactly(Map.entry(1, BigDecimal.valueOf(67)), Map.entry(2, BigDecimal.valueOf(100)));
    }

    @Test
    void peopleTrainedAddsUpTheTraineesOfExecutedCoursesOfTheObjectiveToDate() {
        var activities = List.of(
                // 12 Moroccan trainees, 3 Israeli instructors (the lead): 12 trained in March.
                Activities.course(
                        1, ActivityStatus.EXECUTED, 9, Map.of("MAR", 12, "ISR", 3), LocalDate.of(2026, 3, 27)),
                Activities.course(2, ActivityStatus.EXECUTED, 9, Map.of("MAR", 7, "ISR", 2), LocalDate.of(2026, 5, 22)),
                // Not counted: another objective, not executed, not a course.
                Activities.course(3, ActivityStatus.EXECUTED, 8, Map.of("MAR", 50), LocalDate.of(2026, 5, 22)),
                Activities.course(4, ActivityStatus.PLANNED, 9, Map.of("MAR", 50), null),
                Activities.inQuarter(5, ActivityStatus.EXECUTED, 2));

        var values = IndicatorComputation.PEOPLE_TRAINED.actuals(9, activities, 2026, SEPTEMBER);

        // So far: the third quarter has begun, the fourth has not.
        assertThat(values)
                .containsExactly(
                        Map.entry(1, BigDecimal.valueOf(12)),
                        Map.entry(2, BigDecimal.valueOf(19)),
                        Map.entry(3, BigDecimal.valueOf(19)));
    }

    @Test
    void typedIndicatorsComputeNothingAndAnUnknownCodeReadsAsTyped() {
        var activities = List.of(Activities.inQuarter(1, ActivityStatus.EXECUTED, 1));
        assertThat(IndicatorComputation.NONE.actuals(9, activities, 2026, SEPTEMBER))
                .isEmpty();
        assertThat(IndicatorComputation.NONE.computed()).isFalse();
        assertThat(IndicatorComputation.EXECUTED_PERCENT.computed()).isTrue();
        assertThat(IndicatorComputation.of("PEOPLE_TRAINED")).isEqualTo(IndicatorComputation.PEOPLE_TRAINED);
        assertThat(IndicatorComputation.of("garbage")).isEqualTo(IndicatorComputation.NONE);
        assertThat(IndicatorComputation.of(null)).isEqualTo(IndicatorComputation.NONE);
    }
}
