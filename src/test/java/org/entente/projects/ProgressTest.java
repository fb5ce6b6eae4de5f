package org.entente.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Label LABEL = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    static Milestone milestone(MilestoneStatus recorded, LocalDate planned, LocalDate actual) {
        return new Milestone(1, 1, LocalizedText.of("en", "m"), planned, actual, recorded, null, false, LABEL);
    }

    static KpiValue value(Kpi kpi, LocalDate date, int target, int actual) {
        return new KpiValue(
                date.toEpochDay(),
                1,
                kpi,
                date,
                BigDecimal.valueOf(target),
                BigDecimal.valueOf(actual),
                null,
                false,
                LABEL);
    }

    @Test
    void aMilestoneStillPlannedAfterItsDayIsLate() {
        assertThat(milestone(MilestoneStatus.PLANNED, TODAY.minusDays(1), null).status(TODAY))
                .isEqualTo(MilestoneStatus.LATE);
        assertThat(milestone(MilestoneStatus.AT_RISK, TODAY.minusDays(1), null).status(TODAY))
                .isEqualTo(MilestoneStatus.LATE);
    }

    @Test
    void aMilestoneDueTodayOrLaterIsNotLateYet() {
        assertThat(milestone(MilestoneStatus.PLANNED, TODAY, null).status(TODAY))
                .isEqualTo(MilestoneStatus.PLANNED);
        assertThat(milestone(MilestoneStatus.AT_RISK, TODAY.plusDays(3), null).status(TODAY))
                .isEqualTo(MilestoneStatus.AT_RISK);
    }

    @Test
    void anAchievedOrDroppedMilestoneIsNeverLate() {
        assertThat(milestone(MilestoneStatus.ACHIEVED, TODAY.minusYears(1), TODAY.minusMonths(11))
                        .status(TODAY))
                .isEqualTo(MilestoneStatus.ACHIEVED);
        assertThat(milestone(MilestoneStatus.DROPPED, TODAY.minusYears(1), null).status(TODAY))
                .isEqualTo(MilestoneStatus.DROPPED);
        assertThat(MilestoneStatus.LATE.recordable()).isFalse();
    }

    @Test
    void milestonesCountAchievedOverThoseNotDropped() {
        Progress progress = Progress.of(
                List.of(
                        milestone(MilestoneStatus.ACHIEVED, TODAY.minusDays(30), TODAY.minusDays(31)),
                        milestone(MilestoneStatus.PLANNED, TODAY.minusDays(2), null),
                        milestone(MilestoneStatus.PLANNED, TODAY.plusDays(30), null),
                        milestone(MilestoneStatus.DROPPED, TODAY.minusDays(60), null)),
                List.of(),
                TODAY);
        assertThat(progress.milestones()).hasValue(33);
        assertThat(progress.commitments()).isEmpty();
        assertThat(progress.percent()).isEqualTo(33);
        assertThat(progress.late()).isEqualTo(1);
        assertThat(progress.achieved()).isEqualTo(1);
        assertThat(progress.counted()).isEqualTo(3);
    }

    @Test
    void commitmentsTakeTheLatestMeasureOfEachCappedAtTheTarget() {
        Progress progress = Progress.of(
                List.of(),
                List.of(
                        value(Kpi.ENGINEERS, TODAY.minusDays(100), 40, 10),
                        value(Kpi.ENGINEERS, TODAY.minusDays(10), 40, 20), // latest: 50 %
                        value(Kpi.TECHNICIANS, TODAY.minusDays(10), 50, 80), // above target: 100 %
                        value(Kpi.LOCAL_CONTENT, TODAY.minusDays(5), 0, 12)), // no target: not counted
                TODAY);
        assertThat(progress.commitments()).hasValue(75);
        assertThat(progress.milestones()).isEmpty();
        assertThat(progress.percent()).isEqualTo(75);
        assertThat(progress.latest().get(Kpi.ENGINEERS).actual()).isEqualByComparingTo("20");
    }

    @Test
    void progressIsTheMeanOfMilestonesAndCommitments() {
        Progress progress = Progress.of(
                List.of(
                        milestone(MilestoneStatus.ACHIEVED, TODAY.minusDays(30), TODAY.minusDays(30)),
                        milestone(MilestoneStatus.PLANNED, TODAY.plusDays(30), null)),
                List.of(value(Kpi.OPERATORS, TODAY, 10, 10)),
                TODAY);
        // (50 % + 100 %) / 2
        assertThat(progress.percent()).isEqualTo(75);
    }

    @Test
    void nothingToMeasureIsNoProgress() {
        assertThat(Progress.of(List.of(), List.of(), TODAY).percent()).isZero();
    }
}
