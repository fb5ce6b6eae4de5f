package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;
import static org.entente.support.Personas.inTransaction;

import java.time.LocalDate;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.shared.LocalizedText;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The parties an activity still awaits (issue 15, nego15f; migration V560), kept by the database
 * through every step of a negotiation, and the to-do list that reads them: a proposal awaits the
 * other party, leaves its list once approved, comes back when the proposer changes it, and leaves
 * it when cancelled. A plan's parties, on which this rests, cannot be changed.
 */
@DemoApplicationTest
class ActivityAwaitingIT {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkPlans plans;

    @Autowired
    PlanTodo todo;

    private static ActivityDraft draft(String title) {
        return WorkPlansFixture.draft(title, 2);
    }

    private List<String> awaiting(long activity) {
        return inTransaction(
                transactions,
                HOST,
                () -> List.of(sql.sql("select awaiting from workplans.activity where id = :id")
                        .param("id", activity)
                        .query((rs, n) -> (String[]) rs.getArray(1).getArray())
                        .single()));
    }

    /** What Israel's planner is asked to approve in the plan: how many proposals, or 0 when none. */
    private int awaitingIsrael(long plan) {
        var reader = Persona.PLANNER_ISR.subject();
        List<TodoItem> items = inTransaction(transactions, reader, () -> todo.todoFor(reader, LocalDate.now()));
        return items.stream()
                .filter(i -> i.kind() == TodoKind.PROPOSALS_TO_APPROVE
                        && i.href().equals("/workplans/" + plan + "?awaiting=ISR"))
                .mapToInt(TodoItem::count)
                .sum();
    }

    @Test
    void aProposalAwaitsThePartnerUntilApprovedAgainAfterAChangeAndNotOnceCancelled() {
        var morocco = Persona.PLANNER_MAR.subject();
        var israel = Persona.PLANNER_ISR.subject();
        long committee = committeeId(transactions, sql, JOINT_COMMITTEE);
        long plan = inTransaction(
                transactions,
                morocco,
                () -> plans.create(
                        morocco, new NewPlan(committee, 2033, LocalizedText.of("en", "Plan 2033"), null, true)));
        long first = inTransaction(transactions, morocco, () -> plans.propose(morocco, plan, draft("First")));
        long second = inTransaction(transactions, morocco, () -> plans.propose(morocco, plan, draft("Second")));

        assertThat(awaiting(first)).containsExactly("ISR");
        assertThat(awaitingIsrael(plan)).isEqualTo(2);

        inTransaction(transactions, israel, () -> plans.approve(israel, first, "ISR", null));
        assertThat(awaiting(first)).isEmpty();
        assertThat(awaiting(second)).containsExactly("ISR");
        assertThat(awaitingIsrael(plan)).isEqualTo(1);

        // Morocco changes the approved one: Israel's approval is withdrawn, the activity awaits it again.
        inTransaction(transactions, morocco, () -> plans.change(morocco, first, null, draft("First, changed")));
        assertThat(awaiting(first)).containsExactly("ISR");
        assertThat(awaitingIsrael(plan)).isEqualTo(2);

        // A cancelled activity awaits nobody, whatever approvals it lacks.
        inTransaction(
                transactions,
                morocco,
                () -> sql.sql("update workplans.activity set status = 'CANCELLED' where id = :id")
                        .param("id", second)
                        .update());
        assertThat(awaiting(second)).isEmpty();
        assertThat(awaitingIsrael(plan)).isEqualTo(1);
    }

    @Test
    void aPlansPartiesCannotChangeUnderItsActivities() {
        long plan = inTransaction(
                transactions, HOST, () -> sql.sql("""
                                select p.id from workplans.plan p
                                 where exists (select 1 from workplans.activity a where a.plan_id = p.id)
                                 order by p.id limit 1""").query(Long.class).single());
        String before = parties(plan);

        assertThatThrownBy(() -> inTransaction(
                        transactions,
                        HOST,
                        () -> sql.sql("update workplans.plan set parties = '{FRA,MAR}' where id = :id")
                                .param("id", plan)
                                .update()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("do not change once it is created");
        assertThat(parties(plan)).isEqualTo(before);
    }

    private String parties(long plan) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select parties::text from workplans.plan where id = :id")
                        .param("id", plan)
                        .query(String.class)
                        .single());
    }
}
