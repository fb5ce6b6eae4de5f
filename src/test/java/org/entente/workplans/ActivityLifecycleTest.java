package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.workplans.Refusals.refused;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every execution transition of an activity, allowed and refused. */
class ActivityLifecycleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LocalDate MAY = LocalDate.of(2026, 5, 4);
    /** A 2026 plan's activities fall in 2025, 2026 or 2027. */
    static final org.entente.shared.Limits.DateRange YEARS = Plan.activityDates(2026);

    static ActivityLifecycle at(ActivityStatus status) {
        return ActivityLifecycle.of(status, null);
    }

    @ParameterizedTest
    @EnumSource(
            value = ActivityStatus.class,
            names = {"PLANNED", "POSTPONED"})
    void aScheduledOrPostponedActivityIsExecutedPostponedOrCancelled(ActivityStatus status) {
        assertThat(at(status).execute(MAY, MAY.plusDays(2), TODAY)).isEqualTo(ActivityStatus.EXECUTED);
        ActivityLifecycle postponed = at(status);
        assertThat(postponed.postpone(YEARS, 3, null, null, en("Crisis")))
                .isEqualTo(new ActivityLifecycle.Period(3, null, null));
        assertThat(postponed.status()).isEqualTo(ActivityStatus.POSTPONED);
        assertThat(at(status).cancel(en("Superseded"))).isEqualTo(ActivityStatus.CANCELLED);
    }

    /** The page offers an action exactly when the rules would take it. */
    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void theActionsOfferedAreThoseTheRulesTake(ActivityStatus status) {
        for (ExecutionAction action : ExecutionAction.values()) {
            ActivityLifecycle rules = at(status);
            boolean taken;
            try {
                switch (action) {
                    case EXECUTE -> rules.execute(MAY, MAY.plusDays(2), TODAY);
                    case POSTPONE -> rules.postpone(YEARS, 3, null, null, en("Crisis"));
                    case CANCEL -> rules.cancel(en("Superseded"));
                    case HOLD -> rules.holdByHand(en("Crisis"));
                    case RESUME -> rules.resumeByHand(en("Crisis over"), false);
                }
                taken = true;
            } catch (WorkPlanRefusedException refused) {
                taken = false;
            }
            assertThat(at(status).actions().contains(action))
                    .as("%s offered on %s", action, status)
                    .isEqualTo(taken);
        }
        assertThat(at(status).actions())
                .isEqualTo(
                        status.open()
                                ? Set.of(
                                        ExecutionAction.EXECUTE,
                                        ExecutionAction.POSTPONE,
                                        ExecutionAction.CANCEL,
                                        ExecutionAction.HOLD)
                                : status == ActivityStatus.ON_HOLD ? Set.of(ExecutionAction.RESUME) : Set.of());
    }

    @Test
    void executedOnTheDayItself() {
        assertThat(at(ActivityStatus.PLANNED).execute(TODAY, TODAY, TODAY)).isEqualTo(ActivityStatus.EXECUTED);
    }

    @ParameterizedTest
    @EnumSource(
            value = ActivityStatus.class,
            names = {"EXECUTED", "CANCELLED", "ON_HOLD"})
    void aClosedOrHeldActivityTakesNoExecution(ActivityStatus status) {
        refused(() -> at(status).execute(MAY, MAY, TODAY), "activity", "workplans.execution.notOpen.execute");
        refused(
                () -> at(status).postpone(YEARS, 3, null, null, en("Crisis")),
                "activity",
                "workplans.execution.notOpen.postpone");
        refused(() -> at(status).cancel(en("Superseded")), "activity", "workplans.execution.notOpen.cancel");
    }

    @Test
    void executionNeedsBothActualDatesInOrderAndNotInTheFuture() {
        ActivityLifecycle activity = at(ActivityStatus.PLANNED);
        refused(() -> activity.execute(null, MAY, TODAY), "actualStart", "workplans.execution.actualDates.required");
        refused(() -> activity.execute(MAY, null, TODAY), "actualEnd", "workplans.execution.actualDates.required");
        refused(() -> activity.execute(MAY, MAY.minusDays(1), TODAY), "actualEnd", "workplans.activity.dates.order");
        refused(
                () -> activity.execute(TODAY, TODAY.plusDays(1), TODAY),
                "actualEnd",
                "workplans.execution.actualDates.future");
        refused(
                () -> activity.execute(TODAY.plusDays(3), TODAY.plusDays(4), TODAY),
                "actualStart",
                "workplans.execution.actualDates.future");
        refused(
                () -> activity.execute(LocalDate.of(1990, 1, 1), MAY, TODAY),
                "actualStart",
                org.entente.shared.Limits.PLAN_DATES.messageKey());
        assertThat(activity.status()).as("nothing changed").isEqualTo(ActivityStatus.PLANNED);
    }

    @Test
    void postponingToDatesTakesTheirQuarterAndAOneDayPeriodEndsWhereItStarts() {
        LocalDate august = LocalDate.of(2027, 8, 10);
        assertThat(at(ActivityStatus.PLANNED).postpone(YEARS, null, august, null, en("Crisis")))
                .isEqualTo(new ActivityLifecycle.Period(3, august, august));
    }

    @Test
    void postponingStaysWithinThePlansYearOrTheYearBeforeOrAfter() {
        LocalDate lastDay = LocalDate.of(2027, 12, 31);
        assertThat(at(ActivityStatus.PLANNED).postpone(YEARS, null, lastDay, null, en("Crisis")))
                .isEqualTo(new ActivityLifecycle.Period(4, lastDay, lastDay));
        LocalDate firstDay = LocalDate.of(2025, 1, 1);
        assertThat(at(ActivityStatus.PLANNED).postpone(YEARS, null, firstDay, null, en("Crisis")))
                .isEqualTo(new ActivityLifecycle.Period(1, firstDay, firstDay));
        ActivityLifecycle activity = at(ActivityStatus.PLANNED);
        refused(
                () -> activity.postpone(YEARS, null, LocalDate.of(2028, 1, 1), null, en("Crisis")),
                "plannedStart",
                "workplans.activity.dates.outsidePlanYears");
        refused(
                () -> activity.postpone(YEARS, null, LocalDate.of(2024, 12, 31), null, en("Crisis")),
                "plannedStart",
                "workplans.activity.dates.outsidePlanYears");
        refused(
                () -> activity.postpone(
                        YEARS, null, LocalDate.of(2027, 12, 20), LocalDate.of(2028, 1, 5), en("Crisis")),
                "plannedEnd",
                "workplans.activity.dates.outsidePlanYears");
        assertThat(activity.status()).as("nothing changed").isEqualTo(ActivityStatus.PLANNED);
    }

    @Test
    void postponingNeedsANewPeriodInOrderAndAReason() {
        ActivityLifecycle activity = at(ActivityStatus.PLANNED);
        refused(
                () -> activity.postpone(YEARS, null, null, null, en("Crisis")),
                "plannedQuarter",
                "workplans.activity.period.required");
        refused(
                () -> activity.postpone(YEARS, 5, null, null, en("Crisis")),
                "plannedQuarter",
                "workplans.quarter.invalid");
        refused(
                () -> activity.postpone(YEARS, 2, MAY, MAY.minusDays(1), en("Crisis")),
                "plannedEnd",
                "workplans.activity.dates.order");
        refused(
                () -> activity.postpone(YEARS, 2, null, MAY, en("Crisis")),
                "plannedStart",
                "workplans.activity.dates.startRequired");
        refused(
                () -> activity.postpone(YEARS, 2, null, null, en(" ")),
                "reason",
                "workplans.execution.reason.required");
        assertThat(activity.status()).isEqualTo(ActivityStatus.PLANNED);
    }

    @Test
    void cancellingNeedsAReasonThatFits() {
        ActivityLifecycle activity = at(ActivityStatus.PLANNED);
        refused(() -> activity.cancel(null), "reason", "workplans.execution.reason.required");
        refused(() -> activity.cancel(en(" \n\t")), "reason", "workplans.execution.reason.required");
        refused(() -> activity.cancel(en("\u00A0\u061C")), "reason", "workplans.execution.reason.required");
        refused(
                () -> activity.cancel(en("x".repeat(org.entente.shared.Limits.SHORT_TEXT + 1))),
                "reason",
                org.entente.shared.Limits.messageKey(org.entente.shared.Limits.SHORT_TEXT));
        assertThat(activity.status()).isEqualTo(ActivityStatus.PLANNED);
    }

    @ParameterizedTest
    @EnumSource(
            value = ActivityStatus.class,
            names = {"PLANNED", "POSTPONED"})
    void aSuspensionHoldsAnOpenActivityAndTheResumptionBringsItBack(ActivityStatus status) {
        ActivityLifecycle activity = at(status);
        assertThat(activity.hold()).isTrue();
        assertThat(activity.status()).isEqualTo(ActivityStatus.ON_HOLD);
        assertThat(activity.beforeHold()).isEqualTo(status);
        assertThat(activity.hold()).as("held once").isFalse();
        assertThat(activity.restore()).isTrue();
        assertThat(activity.status()).isEqualTo(status);
        assertThat(activity.beforeHold()).isNull();
        assertThat(activity.restore()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = ActivityStatus.class,
            names = {"EXECUTED", "CANCELLED"})
    void aSuspensionLeavesExecutedAndCancelledActivitiesAlone(ActivityStatus status) {
        ActivityLifecycle activity = at(status);
        assertThat(activity.hold()).isFalse();
        assertThat(activity.restore()).isFalse();
        assertThat(activity.status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(
            value = ActivityStatus.class,
            names = {"PLANNED", "POSTPONED"})
    void anOpenActivityIsHeldByHandWithAReasonAndResumedByHandToWhereItStood(ActivityStatus status) {
        ActivityLifecycle activity = at(status);
        refused(() -> activity.holdByHand(en(" ")), "reason", "workplans.execution.reason.required");
        assertThat(activity.status()).isEqualTo(status);

        assertThat(activity.holdByHand(en("Partner's request"))).isEqualTo(ActivityStatus.ON_HOLD);
        assertThat(activity.beforeHold()).isEqualTo(status);
        refused(() -> activity.holdByHand(en("Again")), "activity", "workplans.execution.notOpen.hold");
        refused(() -> activity.resumeByHand(null, false), "reason", "workplans.execution.reason.required");
        assertThat(activity.status()).isEqualTo(ActivityStatus.ON_HOLD);

        assertThat(activity.resumeByHand(en("Request withdrawn"), false)).isEqualTo(status);
        assertThat(activity.beforeHold()).isNull();
        refused(() -> activity.resumeByHand(en("Again"), false), "activity", "workplans.execution.notOnHold");
    }

    @Test
    void anActivityTheSuspensionOfItsAgreementHeldIsNotResumedByHand() {
        ActivityLifecycle activity = at(ActivityStatus.PLANNED);
        activity.hold();
        refused(
                () -> activity.resumeByHand(en("We want to go on"), true),
                "activity",
                "workplans.execution.heldBySuspension");
        assertThat(activity.status()).isEqualTo(ActivityStatus.ON_HOLD);
    }

    @ParameterizedTest
    @EnumSource(
            value = ActivityStatus.class,
            names = {"EXECUTED", "CANCELLED"})
    void aClosedActivityIsNeitherHeldNorResumedByHand(ActivityStatus status) {
        refused(() -> at(status).holdByHand(en("Crisis")), "activity", "workplans.execution.notOpen.hold");
        refused(() -> at(status).resumeByHand(en("Crisis over"), false), "activity", "workplans.execution.notOnHold");
    }

    @Test
    void onlyAnExecutedActivityHasAReport() {
        at(ActivityStatus.EXECUTED).refuseReportUnlessExecuted();
        refused(
                () -> at(ActivityStatus.PLANNED).refuseReportUnlessExecuted(),
                "activity",
                "workplans.report.notExecuted");
    }

    private static org.entente.shared.LocalizedText en(String text) {
        return org.entente.shared.LocalizedText.of("en", text);
    }
}
