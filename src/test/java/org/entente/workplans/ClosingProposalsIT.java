package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.workplans.Refusals.refused;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Closing a plan on the real PostgreSQL, decided by both parties: one proposes, the other approves
 * (then, and only then, the plan is closed) or rejects with a reason; the proposer withdraws. Nobody
 * decides their own closing nor one decided; a change to the activities makes a proposal stale; a
 * refusal changes nothing. The other party finds the proposal in its to-do list, the proposer the
 * rejection.
 */
@DemoApplicationTest
class ClosingProposalsIT {

    static final LocalDate DECEMBER = LocalDate.of(2025, 12, 10);

    @Autowired
    ClosingProposals closings;

    @Autowired
    WorkPlans plans;

    @Autowired
    PlanTodo todo;

    @Autowired
    ApplicationContext context;

    WorkPlansFixture fx;
    long plan;
    long activity;

    @BeforeEach
    void signedPlanOfOneActivity() {
        fx = WorkPlansFixture.of(context);
        plan = fx.signedPlan(fx.setting(), 2025);
        activity = fx.as(PLANNER_MAR, () -> closings.undecided(PLANNER_MAR, plan))
                .get(0)
                .id();
    }

    private int propose(SystemSubject who, String choice) {
        return fx.as(
                who,
                () -> closings.propose(
                        who, plan, DECEMBER, Map.of(activity, choice), Map.of(activity, en("Overtaken by events"))));
    }

    @Test
    void theOtherPartyApprovesAndOnlyThenThePlanIsClosed() {
        int number = propose(PLANNER_MAR, "CARRY_OVER");
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(todo(PLANNER_ISR))
                .filteredOn(i -> i.kind() == TodoKind.CLOSING_TO_APPROVE)
                .extracting(TodoItem::href)
                .containsExactly("/workplans/" + plan + "/close");
        assertThat(todo(PLANNER_MAR)).noneMatch(i -> i.href().equals("/workplans/" + plan + "/close"));

        refused(
                () -> fx.as(PLANNER_MAR, () -> closings.approve(PLANNER_MAR, plan, number, null)),
                "closing",
                "workplans.closing.ownProposal");
        refused(() -> propose(PLANNER_ISR, "CANCEL"), "plan", "workplans.closing.pending");
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.SIGNED);

        PlanClosings.Closed closed = fx.as(PLANNER_ISR, () -> closings.approve(PLANNER_ISR, plan, number, null));
        assertThat(closed).isEqualTo(new PlanClosings.Closed(1, 0));
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.POSTPONED);
        refused(
                () -> fx.as(PLANNER_ISR, () -> closings.approve(PLANNER_ISR, plan, number, null)),
                "closing",
                "workplans.closing.alreadyApproved");
        assertThat(history(PLANNER_MAR)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(AmendmentStatus.APPROVED);
            assertThat(c.proposedBy()).isEqualTo("MAR");
            assertThat(c.decidedBy()).isEqualTo("ISR");
            assertThat(c.decider()).isEqualTo("planner.isr");
        });
        assertThat(todo(PLANNER_ISR)).noneMatch(i -> i.kind() == TodoKind.CLOSING_TO_APPROVE);
    }

    @Test
    void aRejectionNeedsItsReasonAndComesBackToTheProposerWhoProposesAgainAndWithdraws() {
        int first = propose(PLANNER_MAR, "CANCEL");
        refused(
                () -> fx.as(PLANNER_ISR, () -> closings.reject(PLANNER_ISR, plan, first, null, en("  "))),
                "reason",
                "workplans.amendment.reason.required");
        assertThat(history(PLANNER_ISR).get(0).status()).isEqualTo(AmendmentStatus.PROPOSED);

        fx.as(PLANNER_ISR, () -> closings.reject(PLANNER_ISR, plan, first, null, en("Keep it for session 4")));
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.SIGNED);
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(history(PLANNER_MAR).get(0).reason()).isEqualTo(en("Keep it for session 4"));
        assertThat(todo(PLANNER_MAR))
                .filteredOn(i -> i.kind() == TodoKind.CLOSING_REJECTED)
                .extracting(TodoItem::reference)
                .containsExactly(Integer.toString(first));
        refused(
                () -> fx.as(PLANNER_ISR, () -> closings.reject(PLANNER_ISR, plan, first, null, en("again"))),
                "closing",
                "workplans.closing.alreadyRejected");

        int second = propose(PLANNER_MAR, "CARRY_OVER");
        assertThat(second).isEqualTo(first + 1);
        assertThat(todo(PLANNER_MAR)).noneMatch(i -> i.kind() == TodoKind.CLOSING_REJECTED);
        refused(
                () -> fx.as(PLANNER_ISR, () -> closings.withdraw(PLANNER_ISR, plan, second, null)),
                "closing",
                "workplans.closing.notProposer");
        fx.as(PLANNER_MAR, () -> closings.withdraw(PLANNER_MAR, plan, second, null));
        refused(
                () -> fx.as(PLANNER_ISR, () -> closings.approve(PLANNER_ISR, plan, second, null)),
                "closing",
                "workplans.closing.withdrawn");
        assertThat(history(PLANNER_ISR))
                .extracting(ClosingSummary::status)
                .containsExactly(AmendmentStatus.WITHDRAWN, AmendmentStatus.REJECTED);
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.SIGNED);
    }

    @Test
    void aChangeToTheActivitiesAfterTheProposalMakesItStale() {
        int number = propose(PLANNER_MAR, "CARRY_OVER");
        fx.as(
                PLANNER_MAR,
                () -> plans.execute(PLANNER_MAR, activity, null, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4)));

        refused(
                () -> fx.as(PLANNER_ISR, () -> closings.approve(PLANNER_ISR, plan, number, null)),
                "closing",
                "workplans.closing.stale");
        assertThat(fx.plan(plan).status()).isEqualTo(PlanStatus.IN_EXECUTION);
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.EXECUTED);
        assertThat(history(PLANNER_ISR).get(0).status()).isEqualTo(AmendmentStatus.PROPOSED);
    }

    private List<TodoItem> todo(SystemSubject who) {
        return fx.as(who, () -> todo.todoFor(who, DECEMBER));
    }

    private List<ClosingSummary> history(SystemSubject who) {
        return fx.as(who, () -> closings.history(who, plan));
    }

    private static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }
}
