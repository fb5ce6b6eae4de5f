package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.agreements.AgreementEventKind;
import org.entente.agreements.StatusEvent;
import org.entente.shared.Label;
import org.junit.jupiter.api.Test;

/** The suspensions of an agreement and the activities they held up. */
class SuspensionsTest {

    static final LocalDate SUSPENDED = LocalDate.of(2023, 10, 16);
    static final LocalDate RESUMED = LocalDate.of(2025, 10, 20);

    static StatusEvent event(LocalDate date, AgreementEventKind kind) {
        return new StatusEvent(1, 1, date, kind, null, null, false, Label.unclassified("MAR"));
    }

    static final Suspensions TWO_YEARS = Suspensions.of(List.of(
            event(LocalDate.of(2021, 11, 24), AgreementEventKind.SIGNED),
            event(SUSPENDED, AgreementEventKind.SUSPENDED),
            event(RESUMED, AgreementEventKind.RESUMED)));

    @Test
    void aSuspensionRunsToTheNextResumption() {
        assertThat(TWO_YEARS.periods()).containsExactly(new Suspensions.Period(SUSPENDED, RESUMED));
        assertThat(Suspensions.of(List.of(event(SUSPENDED, AgreementEventKind.SUSPENDED)))
                        .periods())
                .singleElement()
                .satisfies(period -> assertThat(period.running()).isTrue());
        assertThat(Suspensions.of(List.of(event(RESUMED, AgreementEventKind.RESUMED)))
                        .periods())
                .isEmpty();
    }

    @Test
    void aFourthQuarterActivityOf2023WasHeldUpByTheSuspension() {
        var staffTalks = Activities.inQuarter(4, ActivityStatus.PLANNED, 4);

        assertThat(TWO_YEARS.heldUp(staffTalks.plannedFrom(2023), staffTalks.dueOn(2023), null))
                .isEqualTo(new Suspensions.Period(SUSPENDED, RESUMED));
    }

    @Test
    void anActivityDoneOrDueBeforeTheSuspensionWasNot() {
        var executed = Activities.of(
                1, ActivityStatus.EXECUTED, 3, null, null, LocalDate.of(2023, 9, 5), LocalDate.of(2023, 9, 7));
        var firstQuarter = Activities.inQuarter(2, ActivityStatus.PLANNED, 1);

        assertThat(TWO_YEARS.heldUp(executed.plannedFrom(2023), executed.dueOn(2023), executed.actualStart()))
                .isNull();
        assertThat(TWO_YEARS.heldUp(firstQuarter.plannedFrom(2023), firstQuarter.dueOn(2023), null))
                .isNull();
        // Planned for the fourth quarter, held on 2–3 October, before the suspension of the 16th.
        var early = Activities.of(
                3, ActivityStatus.EXECUTED, 4, null, null, LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 3));
        assertThat(TWO_YEARS.heldUp(early.plannedFrom(2023), early.dueOn(2023), early.actualStart()))
                .isNull();
    }
}
