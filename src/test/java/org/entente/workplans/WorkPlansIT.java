package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;
import static org.entente.workplans.WorkPlansFixture.draft;
import static org.entente.workplans.WorkPlansFixture.signatories;

import java.time.LocalDate;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.access.AccessDeniedException;
import org.entente.agreements.AgreementEventKind;
import org.entente.agreements.Agreements;
import org.entente.agreements.NewStatusEvent;
import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The work plan's rules on the real PostgreSQL, on records of the test's own. */
@DemoApplicationTest
class WorkPlansIT {

    @Autowired
    WorkPlans plans;

    @Autowired
    ApplicationContext context;

    @Autowired
    Agreements agreements;

    WorkPlansFixture fx;

    @BeforeEach
    void fixture() {
        fx = WorkPlansFixture.of(context);
    }

    @Test
    void aChangeAfterAnApprovalWithdrawsTheOtherPartysApprovalAndSaysSo() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2030);
        long activity = fx.propose(PLANNER_MAR, plan, "Staff talks", 1);
        assertThat(fx.activity(activity).approvals()).containsExactly("MAR");
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.NEGOTIATION);

        fx.as(
                PLANNER_ISR,
                () -> plans.approve(
                        PLANNER_ISR, activity, "ISR", fx.activity(activity).version()));
        assertThat(fx.activity(activity).approvedByAll(List.of("ISR", "MAR"))).isTrue();

        fx.as(
                PLANNER_MAR,
                () -> plans.change(
                        PLANNER_MAR, activity, fx.activity(activity).version(), draft("Staff talks, longer", 2)));
        ActivitySummary changed = fx.activity(activity);
        assertThat(changed.approvals()).containsExactly("MAR");
        assertThat(changed.withdrawn()).containsExactly("ISR");
        assertThat(changed.plannedQuarter()).isEqualTo(2);
        var history = fx.as(PLANNER_ISR, () -> plans.historyOf(PLANNER_ISR, activity));
        assertThat(history)
                .extracting(ActivityHistory::kind, ActivityHistory::nation)
                .contains(org.assertj.core.groups.Tuple.tuple("APPROVAL_WITHDRAWN", "ISR"));

        fx.as(PLANNER_ISR, () -> plans.approve(PLANNER_ISR, activity, "ISR", null));
        assertThat(fx.activity(activity).withdrawn()).isEmpty();
    }

    @Test
    void aPlannerApprovesForTheirOwnNationOnly() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2030);
        long activity = fx.propose(PLANNER_ISR, plan, "Field visit", 3);
        assertThat(fx.activity(activity).approvals()).containsExactly("ISR");
        assertThatThrownBy(() -> fx.as(PLANNER_ISR, () -> plans.approve(PLANNER_ISR, activity, "MAR", null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("access.approveOwnNationOnly");
        assertThat(fx.activity(activity).approvals()).containsExactly("ISR");
    }

    @Test
    void signingNeedsEveryActivityApprovedByBothParties() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2030);
        fx.propose(PLANNER_MAR, plan, "Unapproved", 1);
        assertThatThrownBy(() -> fx.as(PLANNER_MAR, () -> plans.sign(PLANNER_MAR, plan, null, 1, signatories())))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        e -> assertThat(e.errors()).containsEntry("plan", "workplans.sign.unapproved"));
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.NEGOTIATION);
        assertThat(fx.plan(plan).baselineSha256()).isNull();
    }

    @Test
    void signingFreezesACanonicalBaselineWhoseHashIsStable() {
        var setting = fx.setting();
        long plan = fx.signedPlan(setting, 2030);
        PlanSummary signed = fx.plan(plan);
        assertThat(signed.status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(signed.signedSession()).isEqualTo(1);
        assertThat(signed.signatories()).hasSize(2);
        String baseline =
                fx.as(PLANNER_MAR, () -> plans.baselineOf(PLANNER_MAR, plan).orElseThrow());
        assertThat(Baseline.sha256(baseline)).isEqualTo(signed.baselineSha256()).hasSize(64);
        // The same plan gives the same bytes, whoever reads it.
        assertThat(fx.as(PLANNER_ISR, () -> plans.currentOf(PLANNER_ISR, plan))).isEqualTo(baseline);
        assertThat(fx.as(PLANNER_MAR, () -> plans.differences(PLANNER_MAR, plan)))
                .isEmpty();
    }

    @Test
    void aSignedBaselineChangesOnlyThroughAnAmendmentTheOtherPartyApproves() {
        var setting = fx.setting();
        long plan = fx.signedPlan(setting, 2030);
        long activity = fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"))
                .get(0)
                .id();
        assertThatThrownBy(() ->
                        fx.as(PLANNER_MAR, () -> plans.change(PLANNER_MAR, activity, null, draft("Edited", 3))))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        e -> assertThat(e.errors()).containsEntry("activity", "workplans.activity.signedUseAmendment"));

        int number = fx.as(PLANNER_ISR, () -> plans.proposeAmendment(PLANNER_ISR, plan, activity, draft("Amended", 3)));
        assertThat(number).isEqualTo(1);
        assertThatThrownBy(() -> fx.as(PLANNER_ISR, () -> plans.approveAmendment(PLANNER_ISR, plan, number)))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        e -> assertThat(e.errors()).containsEntry("amendment", "workplans.amendment.ownProposal"));
        assertThat(fx.activity(activity).title().values()).containsEntry("en", "Signed activity");

        fx.as(PLANNER_MAR, () -> plans.approveAmendment(PLANNER_MAR, plan, number));
        assertThat(fx.activity(activity).title().values()).containsEntry("en", "Amended");
        assertThat(fx.activity(activity).amendmentNumber()).isEqualTo(1);
        var differences = fx.as(PLANNER_MAR, () -> plans.differences(PLANNER_MAR, plan));
        assertThat(differences).extracting(PlanDifference::field).contains("title", "quarter");
        assertThat(fx.plan(plan).baselineSha256())
                .isEqualTo(Baseline.sha256(fx.as(
                        PLANNER_MAR, () -> plans.baselineOf(PLANNER_MAR, plan).orElseThrow())));
    }

    @Test
    void executionNeedsActualDatesAndThenTheReportFollows() {
        var setting = fx.setting();
        long plan = fx.signedPlan(setting, 2030);
        long activity = fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"))
                .get(0)
                .id();
        assertThatThrownBy(() -> fx.as(PLANNER_MAR, () -> plans.execute(PLANNER_MAR, activity, null, null, null)))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        e -> assertThat(e.errors()).containsKeys("actualStart", "actualEnd"));
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);
        LocalDate future = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2);
        assertThatThrownBy(() -> fx.as(PLANNER_MAR, () -> plans.execute(PLANNER_MAR, activity, null, future, future)))
                .as("an activity is not executed before it happens")
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("actualStart", "workplans.execution.actualDates.future"));
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);

        fx.as(
                PLANNER_MAR,
                () -> plans.execute(PLANNER_MAR, activity, null, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6)));
        fx.as(
                PLANNER_ISR,
                () -> plans.report(
                        PLANNER_ISR,
                        activity,
                        null,
                        new ActivitySummary.Report("Agreed on a syllabus", "Start earlier", "Exchange instructors")));
        ActivitySummary done = fx.activity(activity);
        assertThat(done.status()).isEqualTo(ActivityStatus.EXECUTED);
        assertThat(done.report().followUps()).isEqualTo("Exchange instructors");
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.IN_EXECUTION);
        var review = fx.as(
                PLANNER_MAR,
                () -> plans.executionOf(
                        PLANNER_MAR, setting.committee(), LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)));
        assertThat(review.executed()).extracting(ActivitySummary::id).containsExactly(activity);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2030);
        long activity = fx.propose(PLANNER_MAR, plan, "Original", 1);
        int read = fx.activity(activity).version();
        fx.as(PLANNER_MAR, () -> plans.change(PLANNER_MAR, activity, read, draft("First writer", 1)));
        assertThatThrownBy(() ->
                        fx.as(PLANNER_ISR, () -> plans.change(PLANNER_ISR, activity, read, draft("Second writer", 1))))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expected()).isEqualTo(read);
                    assertThat(e.current()).isEqualTo(read + 1);
                });
        assertThat(fx.activity(activity).title().values()).containsEntry("en", "First writer");
    }

    @Test
    void aFifthQuarterIsRefusedByName() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2030);
        assertThatThrownBy(() -> fx.propose(PLANNER_MAR, plan, "Too late", 5))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        e -> assertThat(e.errors()).containsEntry("plannedQuarter", "workplans.quarter.invalid"));
        assertThat(fx.plan(plan).activities()).isZero();
    }

    @Test
    void aYearHasOneSignedPlanAtMost() {
        var setting = fx.setting();
        fx.signedPlan(setting, 2030);
        assertThatThrownBy(() -> fx.plan(setting, 2030))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        e -> assertThat(e.errors()).containsEntry("year", "workplans.plan.yearAlreadySigned"));
    }

    @Test
    void aSuspensionHoldsEveryOpenActivityEvenThoseTheSuspenderMayNotReadAndResumptionRestoresThem() {
        var setting = fx.setting();
        long plan = fx.signedPlan(setting, 2030);
        long activity = fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"))
                .get(0)
                .id();
        // A confidential plan under the same agreement, out of reach of a restricted reader.
        long secret = fx.as(
                PLANNER_MAR,
                () -> plans.create(
                        PLANNER_MAR,
                        new NewPlan(
                                setting.committee(),
                                2031,
                                LocalizedText.of("en", "Internal"),
                                Classification.CONFIDENTIAL,
                                true)));
        long internal = fx.propose(PLANNER_MAR, secret, "Internal", 4);
        long postponedLater = fx.propose(PLANNER_ISR, secret, "Israeli proposal", 1);

        var restricted = new SystemSubject("planner.mar", "MAR", Classification.RESTRICTED);
        assertThat(fx.as(restricted, () -> plans.activity(restricted, internal)))
                .isEmpty();
        fx.as(
                restricted,
                () -> agreements.recordEvent(
                        restricted,
                        setting.agreement(),
                        new NewStatusEvent(
                                AgreementEventKind.SUSPENDED,
                                LocalDate.of(2030, 3, 1),
                                org.entente.shared.LocalizedText.of("en", "Test suspension"),
                                null,
                                true)));
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.ON_HOLD);
        assertThat(fx.activity(internal).status()).isEqualTo(ActivityStatus.ON_HOLD);
        assertThat(fx.activity(postponedLater).status()).isEqualTo(ActivityStatus.ON_HOLD);
        assertThat(fx.activity(internal).statusBeforeHold()).isEqualTo(ActivityStatus.PLANNED);

        fx.as(
                PLANNER_MAR,
                () -> agreements.recordEvent(
                        PLANNER_MAR,
                        setting.agreement(),
                        new NewStatusEvent(AgreementEventKind.RESUMED, LocalDate.of(2031, 2, 1), null, null, true)));
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(fx.activity(activity).needsReplanning()).isTrue(); // planned for 2030, resumed in 2031
        assertThat(fx.activity(internal).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(fx.activity(internal).needsReplanning()).isFalse(); // the fourth quarter of 2031 is still ahead
        assertThat(fx.activity(postponedLater).needsReplanning()).isFalse(); // its quarter ends after the resumption
    }

    @Test
    void anActivityHeldByHandStaysOnHoldThroughASuspensionAndIsResumedByHandAloneWithAReason() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2026);
        long byHand = fx.propose(PLANNER_MAR, plan, "Held by hand", 2);
        long bySuspension = fx.propose(PLANNER_MAR, plan, "Held by the suspension", 3);
        for (long activity : List.of(byHand, bySuspension)) {
            fx.as(PLANNER_ISR, () -> plans.approve(PLANNER_ISR, activity, "ISR", null));
        }
        fx.as(PLANNER_MAR, () -> plans.sign(PLANNER_MAR, plan, null, 1, signatories()));

        var reason = LocalizedText.of("ar", "طلب الشريك");
        assertThatThrownBy(() -> fx.as(PLANNER_MAR, () -> plans.hold(PLANNER_MAR, byHand, null, null)))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        refused -> assertThat(refused.errors())
                                .containsEntry("reason", "workplans.execution.reason.required"));
        assertThat(fx.activity(byHand).status()).isEqualTo(ActivityStatus.PLANNED);
        fx.as(
                PLANNER_ISR,
                () -> plans.hold(PLANNER_ISR, byHand, fx.activity(byHand).version(), reason));
        assertThat(fx.activity(byHand).status()).isEqualTo(ActivityStatus.ON_HOLD);
        assertThat(fx.activity(byHand).reason()).isEqualTo(reason);

        fx.suspend(setting, LocalDate.of(2026, 9, 1));
        assertThat(fx.activity(bySuspension).status()).isEqualTo(ActivityStatus.ON_HOLD);
        assertThatThrownBy(() -> fx.as(
                        PLANNER_MAR,
                        () -> plans.resume(PLANNER_MAR, bySuspension, null, LocalizedText.of("en", "Go on"))))
                .isInstanceOfSatisfying(
                        WorkPlanRefusedException.class,
                        refused -> assertThat(refused.errors())
                                .containsEntry("activity", "workplans.execution.heldBySuspension"));

        fx.as(
                PLANNER_MAR,
                () -> agreements.recordEvent(
                        PLANNER_MAR,
                        setting.agreement(),
                        new NewStatusEvent(AgreementEventKind.RESUMED, LocalDate.of(2026, 10, 1), null, null, true)));
        assertThat(fx.activity(bySuspension).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(fx.activity(byHand).status())
                .as("the resumption of the agreement brings back what its suspension held, not what a person did")
                .isEqualTo(ActivityStatus.ON_HOLD);

        fx.as(PLANNER_MAR, () -> plans.resume(PLANNER_MAR, byHand, null, LocalizedText.of("en", "Request withdrawn")));
        assertThat(fx.activity(byHand).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(fx.activity(byHand).statusBeforeHold()).isNull();
        assertThat(fx.as(PLANNER_MAR, () -> plans.historyOf(PLANNER_MAR, byHand)))
                .extracting(ActivityHistory::kind)
                .contains("HELD", "RESUMED");
    }
}
