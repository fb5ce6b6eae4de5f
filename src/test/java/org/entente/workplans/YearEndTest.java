package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.Refused;
import org.junit.jupiter.api.Test;

/** Closing a plan at the end of its year: a decision per open activity, a reason to cancel. */
class YearEndTest {

    static final LocalDate DECEMBER = LocalDate.of(2026, 12, 6);
    static final List<ActivitySummary> OPEN = List.of(
            Activities.inQuarter(4, ActivityStatus.PLANNED, 3), Activities.inQuarter(5, ActivityStatus.ON_HOLD, 4));

    @Test
    void everyOpenActivityIsCarriedOverOrCancelledWithItsReason() {
        var decisions = YearEnd.decide(
                PlanStatus.IN_EXECUTION,
                2026,
                DECEMBER,
                OPEN,
                Map.of(4L, "CARRY_OVER", 5L, "CANCEL"),
                Map.of(5L, en("  Overtaken by events  ")));

        assertThat(decisions)
                .containsExactly(
                        new YearEnd.Decision(4, YearEnd.Choice.CARRY_OVER, null),
                        new YearEnd.Decision(5, YearEnd.Choice.CANCEL, en("Overtaken by events")));
    }

    @Test
    void anActivityWithoutADecisionOrACancellationWithoutAReasonIsNamed() {
        assertThatThrownBy(() -> YearEnd.decide(
                        PlanStatus.SIGNED, 2026, DECEMBER, OPEN, Map.of(5L, "CANCEL"), Map.of(5L, en(" \u200F\u00A0"))))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.fields())
                                .extracting(Refused.FieldError::field, Refused.FieldError::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "decision-4", "workplans.close.decisionRequired"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "reason-5", "workplans.close.reasonRequired")));
    }

    @Test
    void anUnknownChoiceIsNoDecision() {
        assertThatThrownBy(() -> YearEnd.decide(
                        PlanStatus.SIGNED, 2026, DECEMBER, OPEN.subList(0, 1), Map.of(4L, "KEEP_FOREVER"), Map.of()))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.fields())
                                .extracting(Refused.FieldError::field)
                                .containsExactly("decision-4"));
    }

    @Test
    void aPlanClosesFromTheFirstOfDecemberOfItsYear() {
        assertThatThrownBy(() -> YearEnd.decide(
                        PlanStatus.IN_EXECUTION, 2026, LocalDate.of(2026, 11, 30), List.of(), Map.of(), Map.of()))
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> assertThat(refused.fields())
                                .extracting(Refused.FieldError::messageKey)
                                .containsExactly("workplans.close.tooEarly"));
        assertThat(YearEnd.decide(
                        PlanStatus.IN_EXECUTION, 2026, LocalDate.of(2026, 12, 1), List.of(), Map.of(), Map.of()))
                .isEmpty();
    }

    @Test
    void onlyASignedPlanOrOneInExecutionCloses() {
        for (PlanStatus status : List.of(PlanStatus.DRAFT, PlanStatus.NEGOTIATION, PlanStatus.CLOSED)) {
            assertThatThrownBy(() -> YearEnd.decide(status, 2026, DECEMBER, List.of(), Map.of(), Map.of()))
                    .as(status.name())
                    .isInstanceOf(Refused.class);
        }
    }

    @Test
    void executedAndCancelledActivitiesNeedNoDecision() {
        assertThat(YearEnd.undecided(Activities.inQuarter(1, ActivityStatus.EXECUTED, 1)))
                .isFalse();
        assertThat(YearEnd.undecided(Activities.inQuarter(1, ActivityStatus.CANCELLED, 1)))
                .isFalse();
        assertThat(YearEnd.undecided(Activities.inQuarter(1, ActivityStatus.POSTPONED, 1)))
                .isTrue();
        assertThat(YearEnd.undecided(Activities.inQuarter(1, ActivityStatus.ON_HOLD, 1)))
                .isTrue();
    }

    private static org.entente.shared.LocalizedText en(String text) {
        return org.entente.shared.LocalizedText.of("en", text);
    }
}
