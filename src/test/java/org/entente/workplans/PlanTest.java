package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.workplans.Refusals.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every status transition of a plan, allowed and refused. */
class PlanTest {

    @Test
    void aDraftIsNegotiatedThenSignedThenExecutedThenClosed() {
        Plan plan = Plan.at(PlanStatus.DRAFT);
        assertThat(plan.negotiate()).isEqualTo(PlanStatus.NEGOTIATION);
        assertThat(plan.negotiate()).as("negotiating again changes nothing").isEqualTo(PlanStatus.NEGOTIATION);
        assertThat(plan.sign(3, 0)).isEqualTo(PlanStatus.SIGNED);
        assertThat(plan.execute()).isEqualTo(PlanStatus.IN_EXECUTION);
        assertThat(plan.execute()).isEqualTo(PlanStatus.IN_EXECUTION);
        assertThat(plan.close()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void aSignedPlanIsClosedEvenBeforeAnyExecution() {
        assertThat(Plan.at(PlanStatus.SIGNED).close()).isEqualTo(PlanStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanStatus.class,
            names = {"SIGNED", "IN_EXECUTION", "CLOSED"})
    void aSignedPlanChangesOnlyThroughAmendments(PlanStatus status) {
        refused(() -> Plan.at(status).negotiate(), "plan", "workplans.activity.signedUseAmendment");
        refused(() -> Plan.at(status).refuseIfSigned(), "plan", "workplans.activity.signedUseAmendment");
        refused(() -> Plan.at(status).sign(3, 0), "plan", "workplans.plan.alreadySigned");
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanStatus.class,
            names = {"DRAFT", "NEGOTIATION"})
    void anUnsignedPlanChangesDirectlyAndTakesNoAmendmentNorExecution(PlanStatus status) {
        Plan.at(status).refuseIfSigned();
        assertThat(Plan.at(status).amendable()).isFalse();
        refused(() -> Plan.at(status).refuseUnlessAmendable(), "plan", "workplans.amendment.notSigned");
        refused(() -> Plan.at(status).execute(), "activity", "workplans.execution.notSigned");
        refused(() -> Plan.at(status).close(), "plan", "workplans.plan.close.notSigned");
    }

    @Test
    void aPlanWithoutActivitiesOrWithUnapprovedOnesIsNotSigned() {
        Plan plan = Plan.at(PlanStatus.NEGOTIATION);
        refused(() -> plan.sign(0, 0), "plan", "workplans.sign.empty");
        refused(() -> plan.sign(4, 1), "plan", "workplans.sign.unapproved");
        assertThat(plan.status()).as("a refused signing changes nothing").isEqualTo(PlanStatus.NEGOTIATION);
    }

    @Test
    void aClosedPlanTakesNeitherAmendmentsNorExecutionNorASecondClosing() {
        Plan plan = Plan.at(PlanStatus.CLOSED);
        assertThat(plan.amendable()).isFalse();
        refused(plan::refuseUnlessAmendable, "plan", "workplans.amendment.notSigned");
        refused(plan::execute, "activity", "workplans.execution.notSigned");
        refused(plan::close, "plan", "workplans.plan.close.notSigned");
    }

    @ParameterizedTest
    @EnumSource(
            value = PlanStatus.class,
            names = {"SIGNED", "IN_EXECUTION"})
    void aSignedPlanStillOpenTakesAmendments(PlanStatus status) {
        assertThat(Plan.at(status).amendable()).isTrue();
        Plan.at(status).refuseUnlessAmendable();
    }
}
