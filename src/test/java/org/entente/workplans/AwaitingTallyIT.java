package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;

import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.DemoApplicationTest;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tally of activities awaiting each party (issue 15, nego15g; migration V640), which the to-do
 * list reads instead of the activities: after every step of a negotiation — proposals of either
 * party, approval, a change withdrawing an approval, a relabel, a cancellation and its undoing, an
 * amendment rejected then approved, a hold and a resume — it counts, by party and label, exactly the
 * activities awaiting that party, as each party reads them (row-level security on both sides).
 */
@DemoApplicationTest
class AwaitingTallyIT {

    @Autowired
    WorkPlans plans;

    @Autowired
    JdbcClient sql;

    @Autowired
    ApplicationContext context;

    WorkPlansFixture fx;

    @BeforeEach
    void fixture() {
        fx = WorkPlansFixture.of(context);
    }

    /** Awaited party | label → how many activities of the plan, counted from the activities. */
    private Map<String, Integer> counted(SystemSubject reader, long plan) {
        return fx.as(reader, () -> rows("""
                        select party || '|' || a.classification || '|' || a.owner_nation || '|' || a.releasable_to::text as k,
                               count(*)::integer as n
                          from workplans.activity a join workplans.plan p on p.id = a.plan_id, unnest(p.parties) party
                         where a.plan_id = :plan and party = any(a.awaiting)
                         group by 1""", plan));
    }

    /** The same, from the tally. */
    private Map<String, Integer> tallied(SystemSubject reader, long plan) {
        return fx.as(reader, () -> rows("""
                        select nation || '|' || classification || '|' || owner_nation || '|' || releasable_to::text as k,
                               sum(activities)::integer as n
                          from workplans.awaiting_tally
                         where plan_id = :plan and activities > 0
                         group by 1""", plan));
    }

    private Map<String, Integer> rows(String query, long plan) {
        var rows = new TreeMap<String, Integer>();
        sql.sql(query).param("plan", plan).query((ResultSet rs) -> {
            rows.put(rs.getString("k"), rs.getInt("n"));
        });
        return rows;
    }

    /** The tally agrees with the activities for both parties; returns how many await {@code nation}, as Morocco reads. */
    private int agreesAndAwait(long plan, String nation) {
        for (SystemSubject reader : List.of(PLANNER_MAR, PLANNER_ISR)) {
            assertThat(tallied(reader, plan))
                    .as("as " + reader.nation() + " reads")
                    .isEqualTo(counted(reader, plan));
        }
        return counted(PLANNER_MAR, plan).entrySet().stream()
                .filter(e -> e.getKey().startsWith(nation + "|"))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private void update(SystemSubject who, String statement, long activity) {
        fx.as(who, () -> sql.sql(statement).param("id", activity).update());
    }

    @Test
    void theTallyCountsWhatAwaitsEachPartyThroughANegotiation() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2034);
        long first = fx.propose(PLANNER_MAR, plan, "First", 1);
        long second = fx.propose(PLANNER_MAR, plan, "Second", 2);
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(2);

        fx.as(PLANNER_ISR, () -> plans.approve(PLANNER_ISR, first, "ISR", null));
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(1);

        // Morocco changes the approved one: Israel's approval is withdrawn, it awaits Israel again.
        fx.as(PLANNER_MAR, () -> plans.change(PLANNER_MAR, first, null, WorkPlansFixture.draft("First, changed", 1)));
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(2);

        // Israel proposes in the same plan: it awaits Morocco, then Morocco approves it.
        long israels = fx.propose(PLANNER_ISR, plan, "Israel's", 3);
        assertThat(agreesAndAwait(plan, "MAR")).isEqualTo(1);
        fx.as(PLANNER_MAR, () -> plans.approve(PLANNER_MAR, israels, "MAR", null));
        assertThat(agreesAndAwait(plan, "MAR")).isZero();

        // Morocco relabels the second for itself alone: Israel neither reads it nor counts it.
        update(PLANNER_MAR, "update workplans.activity set releasable_to = '{}' where id = :id", second);
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(2);
        assertThat(tallied(PLANNER_ISR, plan).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .as("Israel counts only what it reads")
                .isEqualTo(1);
        update(PLANNER_MAR, "update workplans.activity set releasable_to = '{ISR}' where id = :id", second);
        assertThat(tallied(PLANNER_ISR, plan).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(2);

        // A cancelled activity awaits nobody; undone, it awaits Israel again.
        update(PLANNER_MAR, "update workplans.activity set status = 'CANCELLED' where id = :id", second);
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(1);
        update(PLANNER_MAR, "update workplans.activity set status = 'PLANNED' where id = :id", second);
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(2);
    }

    @Test
    void theTallyFollowsAmendmentsAndHoldsOfASignedPlan() {
        var setting = fx.setting();
        long plan = fx.signedPlan(setting, 2035);
        assertThat(agreesAndAwait(plan, "ISR")).isZero();

        int rejected = fx.as(
                PLANNER_MAR,
                () -> plans.proposeAmendment(PLANNER_MAR, plan, null, WorkPlansFixture.draft("Rejected", 2)));
        fx.as(
                PLANNER_ISR,
                () -> plans.rejectAmendment(
                        PLANNER_ISR, plan, rejected, null, LocalizedText.of("en", "Not this year")));
        assertThat(agreesAndAwait(plan, "ISR")).isZero();

        int approved = fx.as(
                PLANNER_MAR,
                () -> plans.proposeAmendment(PLANNER_MAR, plan, null, WorkPlansFixture.draft("Approved", 3)));
        fx.as(PLANNER_ISR, () -> plans.approveAmendment(PLANNER_ISR, plan, approved));
        long activity = fx.as(
                PLANNER_MAR,
                () -> sql.sql("select id from workplans.activity where plan_id = :plan and amendment_number = :n")
                        .param("plan", plan)
                        .param("n", approved)
                        .query(Long.class)
                        .single());
        assertThat(agreesAndAwait(plan, "ISR")).isZero();

        fx.as(PLANNER_MAR, () -> plans.hold(PLANNER_MAR, activity, null, LocalizedText.of("en", "Held")));
        assertThat(agreesAndAwait(plan, "ISR")).isZero();
        fx.as(PLANNER_MAR, () -> plans.resume(PLANNER_MAR, activity, null, LocalizedText.of("en", "Resumed")));
        assertThat(agreesAndAwait(plan, "ISR")).isZero();

        // Written in the database by either party (a partner's row included), the tally follows:
        // an approval withdrawn is counted, and counted off when Israel gives it again.
        update(PLANNER_MAR, "update workplans.activity set approvals = '{MAR}' where id = :id", activity);
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(1);
        update(PLANNER_ISR, "update workplans.activity set approvals = '{ISR,MAR}' where id = :id", activity);
        assertThat(agreesAndAwait(plan, "ISR")).isZero();
    }

    @Test
    void anActivityDoesNotMoveToAnotherPlan() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2036);
        long other = fx.plan(setting, 2037);
        long activity = fx.propose(PLANNER_MAR, plan, "Staying", 1);

        assertThatThrownBy(() -> fx.as(
                        PLANNER_MAR,
                        () -> sql.sql("update workplans.activity set plan_id = :other where id = :id")
                                .param("other", other)
                                .param("id", activity)
                                .update()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("does not move");
        assertThat(agreesAndAwait(plan, "ISR")).isEqualTo(1);
        assertThat(agreesAndAwait(other, "ISR")).isZero();
    }
}
