package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The overview's chart by quarter (issue 15, nego15f): activities on hold are counted and drawn as
 * a bar of their own, and every bar stays inside the chart, apart from the others, in both
 * directions.
 */
class QuarterChartTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static PlanOverview.Bar bar(PlanOverview overview, String quarter, ActivityStatus status) {
        return overview.chart().stream()
                .filter(b -> b.group().equals(quarter) && b.status() == status)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bar for " + status + " in quarter " + quarter));
    }

    @Test
    void activitiesOnHoldHaveTheirOwnBarInTheirQuarter() {
        var activities = new ArrayList<ActivitySummary>();
        for (int id = 1; id <= 3; id++) {
            activities.add(Activities.inQuarter(id, ActivityStatus.ON_HOLD, 3));
        }
        activities.add(Activities.inQuarter(4, ActivityStatus.PLANNED, 3));

        PlanOverview overview = PlanOverview.of(2026, PlanStatus.IN_EXECUTION, activities, TODAY, false);

        PlanOverview.Bar held = bar(overview, "3", ActivityStatus.ON_HOLD);
        assertThat(held.count()).isEqualTo(3);
        assertThat(overview.chartMax()).as("the tallest bar sets the scale").isEqualTo(3);
        assertThat(held.height()).isEqualTo(120);
        assertThat(bar(overview, "3", ActivityStatus.PLANNED).height()).isEqualTo(40);
        assertThat(bar(overview, "2", ActivityStatus.ON_HOLD).count()).isZero();
    }

    @Test
    void everyStatusOfTheLegendHasABarInEachQuarter() {
        PlanOverview overview = PlanOverview.of(2026, PlanStatus.IN_EXECUTION, List.of(), TODAY, false);

        assertThat(PlanOverview.CHARTED).contains(ActivityStatus.ON_HOLD);
        assertThat(overview.chart()).hasSize(4 * PlanOverview.CHARTED.size());
    }

    @Test
    void theBarsFitTheChartWithoutOverlappingAndAreMirroredForRightToLeftReaders() {
        for (boolean rightToLeft : List.of(false, true)) {
            List<Integer> xs =
                    PlanOverview.of(2026, PlanStatus.IN_EXECUTION, List.of(), TODAY, rightToLeft).chart().stream()
                            .map(PlanOverview.Bar::x)
                            .sorted()
                            .toList();
            assertThat(xs.get(0)).isGreaterThanOrEqualTo(0);
            assertThat(xs.get(xs.size() - 1) + PlanOverview.BAR).isLessThanOrEqualTo(PlanOverview.CHART_WIDTH);
            for (int i = 1; i < xs.size(); i++) {
                assertThat(xs.get(i) - xs.get(i - 1)).isGreaterThanOrEqualTo(PlanOverview.BAR);
            }
        }
        PlanOverview ltr = PlanOverview.of(2026, PlanStatus.IN_EXECUTION, List.of(), TODAY, false);
        PlanOverview rtl = PlanOverview.of(2026, PlanStatus.IN_EXECUTION, List.of(), TODAY, true);
        PlanOverview.Bar first = bar(ltr, "1", ActivityStatus.PLANNED);
        PlanOverview.Bar mirrored = bar(rtl, "1", ActivityStatus.PLANNED);
        assertThat(mirrored.x() + PlanOverview.BAR).isEqualTo(PlanOverview.CHART_WIDTH - first.x());
        // Each quarter's name sits under the middle of its own bars.
        for (boolean rightToLeft : List.of(false, true)) {
            PlanOverview overview = rightToLeft ? rtl : ltr;
            for (int q = 1; q <= 4; q++) {
                String quarter = Integer.toString(q);
                List<Integer> own = overview.chart().stream()
                        .filter(b -> b.group().equals(quarter))
                        .map(PlanOverview.Bar::x)
                        .toList();
                int centre = PlanOverview.quarterCentre(q, rightToLeft);
                assertThat(centre)
                        .isGreaterThan(own.stream().mapToInt(x -> x).min().orElseThrow())
                        .isLessThan(own.stream().mapToInt(x -> x).max().orElseThrow() + PlanOverview.BAR);
            }
        }
    }
}
