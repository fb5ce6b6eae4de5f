package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.SplittableRandom;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year dashboard's roll-up (workplans.activity_tally, V690) is kept exact by its triggers:
 * after each of a long run of random writes to the activities — status, label, dates and quarter,
 * domain and lead nation, a renumbering, inserts, deletes, several rows in one statement,
 * writes that change nothing counted — it equals a {@code GROUP BY} over the activities. Run as the
 * superuser (every row, deletes included) in one transaction rolled back at the end, so the demo
 * the other tests share is left as it was; and as a partner's planner under row-level security, whose
 * change to another nation's activity the roll-up's policies must let the trigger record.
 */
@DemoApplicationTest
class ActivityTallyIT {

    /** The roll-up as the activities themselves say it should be, by the rule stated once more here. */
    static final String EXPECTED = """
            select plan_id, classification, owner_nation, releasable_to, count(*)::int as n,
                   (count(*) filter (where status = 'EXECUTED'))::int as executed,
                   (select jsonb_object_agg(k, c) from (
                        select e.k, count(*) as c
                          from workplans.activity b
                         cross join lateral (values
                             ('quarter|' || coalesce(coalesce(b.planned_quarter::int,
                                                              extract(quarter from b.planned_start)::int)::text, '')
                                         || '|' || b.status),
                             ('domain|' || b.domain || '|' || b.status),
                             ('lead|' || b.lead_nation || '|' || b.status)) e(k)
                         where b.plan_id = a.plan_id and b.classification = a.classification
                           and b.owner_nation = a.owner_nation and b.releasable_to = a.releasable_to
                         group by e.k) x) as counts
              from workplans.activity a
             group by plan_id, classification, owner_nation, releasable_to""";

    static final String KEPT =
            "select plan_id, classification, owner_nation, releasable_to, n, executed, counts from workplans.activity_tally where n > 0";

    static final String DIFFERENCES = "select * from ((" + EXPECTED + ") except (" + KEPT + ")) missing "
            + "union all select * from ((" + KEPT + ") except (" + EXPECTED + ")) extra";

    static final List<String> STATUSES = List.of("PLANNED", "EXECUTED", "POSTPONED", "CANCELLED", "ON_HOLD");

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    private static void assertKept(JdbcClient db, String after) {
        List<String> differences = db.sql(DIFFERENCES)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)
                        + " " + rs.getString(4) + " n=" + rs.getInt(5) + " executed=" + rs.getInt(6) + " "
                        + rs.getString(7))
                .list();
        assertThat(differences)
                .as("the roll-up against GROUP BY after %s", after)
                .isEmpty();
        assertThat(db.sql("select count(*) from workplans.activity_tally where n = 0 and counts <> '{}'")
                        .query(Integer.class)
                        .single())
                .as("an empty row holds no counts, after %s", after)
                .isZero();
    }

    @Test
    void randomWritesLeaveTheRollUpEqualToAGroupByOverTheActivities() throws Exception {
        long seed = 20_2026L;
        var random = new SplittableRandom(seed);
        try (Connection connection = superuser.open()) {
            connection.setAutoCommit(false);
            try {
                JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                // The label-keeping trigger lets only the owner nation relabel: write as Morocco.
                db.sql("select set_config('entente.nation', 'MAR', true), set_config('entente.clearance', '3', true)")
                        .query()
                        .listOfRows();
                assertKept(db, "the demo's seeding");
                List<Long> plans = db.sql("select id from workplans.plan order by id")
                        .query(Long.class)
                        .list();
                List<String> domains = db.sql("select distinct domain from workplans.activity order by 1")
                        .query(String.class)
                        .list();
                assertThat(plans).hasSizeGreaterThan(1);
                int changed = 0;
                for (int step = 0; step < 60; step++) {
                    List<Long> ids = db.sql("select id from workplans.activity order by id")
                            .query(Long.class)
                            .list();
                    long id = ids.get(random.nextInt(ids.size()));
                    long plan = plans.get(random.nextInt(plans.size()));
                    int kind = random.nextInt(9);
                    String what;
                    JdbcClient.StatementSpec write;
                    switch (kind) {
                        case 0 -> {
                            String status = STATUSES.get(random.nextInt(STATUSES.size()));
                            what = "status " + status;
                            write = db.sql("""
                                            update workplans.activity
                                               set status = :status,
                                                   actual_start = case when :status = 'EXECUTED' then date '2026-03-01' end,
                                                   actual_end = case when :status = 'EXECUTED' then date '2026-03-02' end
                                             where id = :id""").param("status", status);
                        }
                        case 1 -> {
                            what = "label";
                            write = db.sql("""
                                            update workplans.activity
                                               set classification = :classification,
                                                   releasable_to = cast(:releasable as char(3)[])
                                             where id = :id and owner_nation = 'MAR'""")
                                    .param("classification", random.nextInt(4))
                                    .param(
                                            "releasable",
                                            List.of("{}", "{ISR}", "{FRA,ISR}").get(random.nextInt(3)));
                        }
                        case 2 -> {
                            what = "dates and quarter";
                            boolean dated = random.nextBoolean();
                            write = db.sql("""
                                            update workplans.activity
                                               set planned_quarter = :quarter,
                                                   planned_start = case when :dated then date '2026-01-01' + :day end,
                                                   planned_end = case when :dated then date '2026-01-01' + :day + 3 end
                                             where id = :id""")
                                    .param("quarter", random.nextInt(3) == 0 ? null : (short) (1 + random.nextInt(4)))
                                    .param("dated", dated)
                                    .param("day", random.nextInt(360));
                        }
                        case 3 -> {
                            what = "domain and lead nation";
                            write = db.sql(
                                            "update workplans.activity set domain = :domain, lead_nation = :lead where id = :id")
                                    .param("domain", domains.get(random.nextInt(domains.size())))
                                    .param("lead", List.of("MAR", "ISR", "FRA").get(random.nextInt(3)));
                        }
                        case 4 -> {
                            // An activity never moves to another plan: V640 refuses it (AwaitingTallyIT).
                            what = "renumbered within its plan";
                            write = db.sql("update workplans.activity set seq = 100000 + :step where id = :id")
                                    .param("step", step);
                        }
                        case 5 -> {
                            what = "three copies inserted into plan " + plan;
                            write = db.sql("""
                                            insert into workplans.activity (plan_id, seq, code, title, type, domain, lead_nation,
                                                                            host_nation, planned_quarter, planned_start, cost_bearer,
                                                                            status, proposed_by, classification, owner_nation,
                                                                            releasable_to)
                                            select :plan, 200000 + :step * 10 + row_number() over (), 'TALLY-' || a.id, a.title,
                                                   a.type, a.domain, a.lead_nation, a.host_nation, a.planned_quarter,
                                                   a.planned_start, a.cost_bearer, a.status, a.proposed_by, a.classification,
                                                   a.owner_nation, a.releasable_to
                                              from workplans.activity a
                                             where a.id >= :id and a.status <> 'EXECUTED'
                                             order by a.id limit 3""")
                                    .param("plan", plan)
                                    .param("step", step)
                                    .param("id", id);
                        }
                        case 6 -> {
                            what = "the copies deleted";
                            write = db.sql("delete from workplans.activity where code like 'TALLY-%' and id >= :id");
                        }
                        case 7 -> {
                            what = "every open activity of plan " + plan + " postponed in one statement";
                            write = db.sql("""
                                            update workplans.activity set status = 'POSTPONED'
                                             where plan_id = :plan and status = 'PLANNED' and :id > 0""").param("plan", plan);
                        }
                        default -> {
                            what = "a write that changes nothing counted";
                            write = db.sql(
                                    "update workplans.activity set version = version + 1, needs_replanning = not needs_replanning where id = :id");
                        }
                    }
                    int rows = write.param("id", id).update();
                    changed += rows;
                    assertKept(db, "step " + step + " (seed " + seed + "): " + what + ", " + rows + " row(s)");
                }
                assertThat(changed).as("the random writes changed activities").isGreaterThan(30);
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aPartnersChangeToAnotherNationsActivityIsCountedUnderRowLevelSecurity() {
        var israel = Persona.PLANNER_ISR.subject();
        israel.run(() -> new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            // Row-level security lets Israel read (and so compare) only what it may read.
            Long moroccos = sql.sql("""
                                select min(id) from workplans.activity
                                 where owner_nation = 'MAR' and status = 'PLANNED'""").query(Long.class).single();
            assertThat(moroccos)
                    .as("an activity of Morocco's that Israel reads")
                    .isNotNull();
            int rows = sql.sql("""
                                update workplans.activity set status = 'EXECUTED', actual_start = date '2026-03-01',
                                       actual_end = date '2026-03-02' where id = :id""").param("id", moroccos).update();
            assertThat(rows).isEqualTo(1);
            assertKept(sql, "Israel's planner executed Morocco's activity " + moroccos);
            return null;
        }));
    }
}
