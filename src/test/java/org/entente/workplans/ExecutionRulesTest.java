package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When an activity is due and overdue, and where the timeline shows it. */
class ExecutionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void anActivityIsDueOnItsPlannedEndElseItsStartElseTheEndOfItsQuarter() {
        assertThat(Activities.of(
                                1,
                                ActivityStatus.PLANNED,
                                2,
                                LocalDate.of(2026, 5, 4),
                                LocalDate.of(2026, 5, 8),
                                null,
                                null)
                        .dueOn(2026))
                .isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(Activities.of(1, ActivityStatus.PLANNED, 2, LocalDate.of(2026, 5, 4), null, null, null)
                        .dueOn(2026))
                .isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(Activities.inQuarter(1, ActivityStatus.PLANNED, 3).dueOn(2026))
                .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Activities.of(1, ActivityStatus.PLANNED, null, null, null, null, null)
                        .dueOn(2026))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void pastItsPlannedEndAndStillToBeExecutedIsOverdue() {
        assertThat(Activities.inQuarter(1, ActivityStatus.PLANNED, 3).overdue(TODAY, 2026, PlanStatus.IN_EXECUTION))
                .isTrue();
        assertThat(Activities.inQuarter(1, ActivityStatus.POSTPONED, 3).overdue(TODAY, 2026, PlanStatus.IN_EXECUTION))
                .isTrue();
        assertThat(Activities.inQuarter(1, ActivityStatus.PLANNED, 4).overdue(TODAY, 2026, PlanStatus.IN_EXECUTION))
                .isFalse();
        for (ActivityStatus done : List.of(ActivityStatus.EXECUTED, ActivityStatus.CANCELLED, ActivityStatus.ON_HOLD)) {
            assertThat(Activities.inQuarter(1, done, 3).overdue(TODAY, 2026, PlanStatus.IN_EXECUTION))
                    .as(done.name())
                    .isFalse();
        }
    }

    /**
     * The lead's rule (million19i): overdue only in a plan being executed; "due" (a rate's
     * denominator) in a signed plan, a closed one keeping its final rate; nothing of a plan under
     * negotiation is overdue or due.
     */
    @Test
    void overdueOnlyInAPlanBeingExecutedAndDueInASignedOne() {
        var late = Activities.inQuarter(1, ActivityStatus.PLANNED, 3);
        assertThat(late.overdue(TODAY, 2026, PlanStatus.SIGNED)).isTrue();
        assertThat(late.overdue(TODAY, 2026, PlanStatus.IN_EXECUTION)).isTrue();
        for (PlanStatus notExecuted : List.of(PlanStatus.DRAFT, PlanStatus.NEGOTIATION, PlanStatus.CLOSED)) {
            assertThat(late.overdue(TODAY, 2026, notExecuted))
                    .as(notExecuted.name())
                    .isFalse();
        }
        assertThat(late.due(TODAY, 2026, PlanStatus.CLOSED)).isTrue();
        assertThat(late.due(TODAY, 2026, PlanStatus.IN_EXECUTION)).isTrue();
        assertThat(late.due(TODAY, 2026, PlanStatus.NEGOTIATION)).isFalse();
        assertThat(Activities.inQuarter(1, ActivityStatus.PLANNED, 4).due(TODAY, 2026, PlanStatus.IN_EXECUTION))
                .isFalse();
        assertThat(Activities.inQuarter(1, ActivityStatus.EXECUTED, 3).due(TODAY, 2026, PlanStatus.NEGOTIATION))
                .isTrue();

        var overview = PlanOverview.of(2026, PlanStatus.NEGOTIATION, List.of(late), TODAY, false);
        assertThat(overview.overdue()).isEmpty();
        assertThat(overview.gantt().rows().get(0).overdue()).isFalse();
    }

    @Test
    void anActivityPostponedToNextYearStaysOnTheTimelineInItsNewPeriod() {
        var postponed = Activities.of(
                7, ActivityStatus.POSTPONED, 1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), null, null);
        var planned = Activities.inQuarter(8, ActivityStatus.PLANNED, 3);

        PlanOverview.Gantt gantt = PlanOverview.of(
                        2026, PlanStatus.IN_EXECUTION, List.of(planned, postponed), TODAY, false)
                .gantt();

        assertThat(gantt.months()).hasSize(14);
        assertThat(gantt.months().get(13)).hasToString("2027-02");
        assertThat(gantt.rows()).extracting(r -> r.activity().id()).containsExactly(8L, 7L);
        var row = gantt.rows().get(1);
        assertThat(row.x()).isGreaterThanOrEqualTo(13 * PlanOverview.Gantt.MONTH);
        assertThat(row.x() + row.width()).isLessThanOrEqualTo(gantt.width());
        assertThat(gantt.rows().get(0).overdue()).isTrue();
        assertThat(gantt.todayX()).isBetween(11 * PlanOverview.Gantt.MONTH, 12 * PlanOverview.Gantt.MONTH);
    }

    @Test
    void theTimelineIsMirroredForRightToLeftReaders() {
        var march = Activities.of(
                1, ActivityStatus.PLANNED, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null);

        PlanOverview.Gantt ltr = PlanOverview.of(2026, PlanStatus.IN_EXECUTION, List.of(march), TODAY, false)
                .gantt();
        PlanOverview.Gantt rtl = PlanOverview.of(2026, PlanStatus.IN_EXECUTION, List.of(march), TODAY, true)
                .gantt();

        assertThat(ltr.rows().get(0).x()).isZero();
        assertThat(rtl.rows().get(0).x() + rtl.rows().get(0).width()).isEqualTo(rtl.width());
        assertThat(rtl.todayX()).isEqualTo(ltr.width() - ltr.todayX());
    }
}
