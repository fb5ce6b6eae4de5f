package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Indicators computed from what the database counts over the plan's activities, without a database
 * (which activities count is {@code IndicatorTalliesIT}).
 */
class IndicatorComputationTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 15);

    @Test
    void activitiesExecutedIsTheShareOfDueActivitiesExecutedPerQuarter() {
        var tallies = IndicatorComputation.Tallies.empty();
        tallies.countDue(1, 3, 2); // two of three due executed: 66.7 rounds to 67
        tallies.countDue(2, 1, 1);
        tallies.countDue(3, 0, 0); // nothing due yet: no value rather than 0 %

        var values = IndicatorComputation.EXECUTED_PERCENT.actuals(9, tallies, 2026, SEPTEMBER);

        assertThat(values).containsExactly(Map.entry(1, BigDecimal.valueOf(67)), Map.entry(2, BigDecimal.valueOf(100)));
    }

    @Test
    void halfAPercentRoundsUp() {
        var tallies = IndicatorComputation.Tallies.empty();
        tallies.countDue(4, 8, 1); // 12.5 %

        assertThat(IndicatorComputation.EXECUTED_PERCENT.actuals(9, tallies, 2026, LocalDate.of(2027, 1, 5)))
                .containsExactly(Map.entry(4, BigDecimal.valueOf(13)));
    }

    @Test
    void peopleTrainedAddsUpTheTraineesOfTheObjectiveToDate() {
        var tallies = IndicatorComputation.Tallies.empty();
        tallies.countTrained(9, 1, 12);
        tallies.countTrained(9, 2, 7);
        tallies.countTrained(8, 2, 50); // another objective
        tallies.countTrained(9, 4, 30); // the fourth quarter has not begun in September

        var values = IndicatorComputation.PEOPLE_TRAINED.actuals(9, tallies, 2026, SEPTEMBER);

        // So far: the third quarter has begun, the fourth has not.
        assertThat(values)
                .containsExactly(
                        Map.entry(1, BigDecimal.valueOf(12)),
                        Map.entry(2, BigDecimal.valueOf(19)),
                        Map.entry(3, BigDecimal.valueOf(19)));
        assertThat(IndicatorComputation.PEOPLE_TRAINED.actuals(7, tallies, 2026, SEPTEMBER))
                .containsExactly(
                        Map.entry(1, BigDecimal.ZERO), Map.entry(2, BigDecimal.ZERO), Map.entry(3, BigDecimal.ZERO));
    }

    @Test
    void typedIndicatorsComputeNothingAndAnUnknownCodeReadsAsTyped() {
        var tallies = IndicatorComputation.Tallies.empty();
        tallies.countDue(1, 1, 1);
        assertThat(IndicatorComputation.NONE.actuals(9, tallies, 2026, SEPTEMBER))
                .isEmpty();
        assertThat(IndicatorComputation.NONE.computed()).isFalse();
        assertThat(IndicatorComputation.EXECUTED_PERCENT.computed()).isTrue();
        assertThat(IndicatorComputation.of("PEOPLE_TRAINED")).isEqualTo(IndicatorComputation.PEOPLE_TRAINED);
        assertThat(IndicatorComputation.of("garbage")).isEqualTo(IndicatorComputation.NONE);
        assertThat(IndicatorComputation.of(null)).isEqualTo(IndicatorComputation.NONE);
    }
}
