package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.entente.DemoApplicationTest;
import org.entente.shared.SystemSubject;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The year dashboard's one aggregate (scale20d): for four readers of different nations and
 * clearances, its counts, lists, labels and execution rates equal those counted directly, one
 * activity at a time with the rules each activity states for itself, over the activities row-level
 * security alone lets the reader read, in plans they may read. No figure counts a record its
 * reader cannot read.
 */
@DemoApplicationTest
class YearTalliesIT {

    /** A day in the demo's 2026 with activities both overdue and within the next 30 days. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /**
     * A day on which the Israel–Morocco activity postponed to 9–11 February 2027 is among the next 30
     * days' lines. The demo plans its other open activities by quarter, without days: on {@link #TODAY}
     * every listed line's planned start and end are both empty, so a start read as the end went
     * unseen (stop 30). This day lists a line whose two days differ.
     */
    static final LocalDate BEFORE_THE_POSTPONED = LocalDate.of(2027, 1, 20);

    static final int YEAR = 2026;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    YearTallies tallies;

    private record Plan(String committeeCode, List<String> parties, PlanStatus status) {}

    /** The year's plans and activities that row-level security alone lets the subject read. */
    private Map<Long, Plan> plans(SystemSubject subject) {
        var plans = new HashMap<Long, Plan>();
        inTransaction(
                transactions,
                subject,
                () -> sql.sql("select id, committee_code, parties, status from workplans.plan where year = :year")
                        .param("year", YEAR)
                        .query(rs -> {
                            plans.put(
                                    rs.getLong("id"),
                                    new Plan(
                                            rs.getString("committee_code"),
                                            List.of((String[])
                                                    rs.getArray("parties").getArray()),
                                            PlanStatus.valueOf(rs.getString("status"))));
                        }));
        return plans;
    }

    /** Each activity's place in its plan, the order the dashboard lists them in within a committee. */
    private final Map<Long, Integer> seq = new HashMap<>();

    private List<ActivitySummary> activities(SystemSubject subject, Set<Long> plans) {
        return inTransaction(
                transactions,
                subject,
                () -> sql.sql("select a.* from workplans.activity a where a.plan_id = any(cast(:plans as bigint[]))")
                        .param("plans", plans.toArray(Long[]::new))
                        .query((rs, n) -> {
                            seq.put(rs.getLong("id"), rs.getInt("seq"));
                            return PlanRows.activity(rs);
                        })
                        .list());
    }

    @Test
    void theDashboardCountsWhatEachReaderMayReadAsTheActivitiesThemselvesSay() {
        long[] seen = compareOn(TODAY);
        assertThat(seen[0]).as("some activity is overdue on %s", TODAY).isPositive();
        assertThat(seen[1])
                .as("some activity starts within 30 days of %s", TODAY)
                .isPositive();
        assertThat(seen[2]).as("the readers see different activities").isGreaterThan(1);
    }

    @Test
    void theListedLinesCarryEachActivitysOwnPlannedDays() {
        long[] seen = compareOn(BEFORE_THE_POSTPONED);
        assertThat(seen[3])
                .as("lines listed on %s whose planned start and end differ", BEFORE_THE_POSTPONED)
                .isPositive();
    }

    /**
     * Compares the dashboard with the direct count for each reader on a day; answers the overdue and
     * upcoming counted, how many different numbers of activities the readers see, and how many listed
     * lines have a planned start and a different planned end.
     */
    private long[] compareOn(LocalDate today) {
        long overdueSeen = 0;
        long upcomingSeen = 0;
        long datedLines = 0;
        var seenBy = new HashSet<Integer>();
        for (Persona persona :
                List.of(Persona.PLANNER_MAR, Persona.VIEWER_MAR, Persona.LIAISON_ISR, Persona.PLANNER_FRA)) {
            long[] seen = compare(persona.subject(), persona.name(), today);
            seenBy.add((int) seen[0]);
            overdueSeen += seen[1];
            upcomingSeen += seen[2];
            datedLines += seen[3];
        }
        return new long[] {overdueSeen, upcomingSeen, seenBy.size(), datedLines};
    }

    /**
     * The lead's rule (million19i): "overdue", "the next 30 days" and the rates concern plans being
     * executed; a plan under negotiation shows its activities, none of them overdue nor due. One of
     * the year's plans with activities overdue is put back under negotiation (in a transaction rolled
     * back): the dashboard must drop them from its overdue count, its list and its rates, and still
     * count them by quarter. Under the old rule (overdue whatever the plan's status) it counted them.
     */
    @Test
    void aPlanUnderNegotiationHasNoActivityOverdueNorDue() {
        SystemSubject reader = HOST;
        HOST.run(() -> new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            long before = tallies.ofYear(reader, YEAR, TODAY, 30, false).overdueCount();
            Long plan = sql.sql("""
                            select p.id from workplans.plan p join workplans.activity a on a.plan_id = p.id
                             where p.year = :year and p.status = 'IN_EXECUTION'
                               and a.status = 'PLANNED' and workplans.due_on(a.planned_end, a.planned_start,
                                                                      a.planned_quarter, p.year) < :today
                             group by p.id order by count(*) desc limit 1""")
                    .param("year", YEAR)
                    .param("today", TODAY)
                    .query(Long.class)
                    .single();
            sql.sql("update workplans.plan set status = 'NEGOTIATION' where id = :plan")
                    .param("plan", plan)
                    .update();
            var dashboard = tallies.ofYear(reader, YEAR, TODAY, 30, false);
            assertThat(dashboard.overdueCount()).isLessThan(before);
            assertThat(dashboard.overview().overdue()).noneMatch(a -> a.planId() == plan);
            assertThat(dashboard.overview().upcoming()).noneMatch(a -> a.planId() == plan);
            compare(reader, "HOST, plan " + plan + " under negotiation", TODAY);
            return null;
        }));
    }

    /**
     * Compares the dashboard with the direct count for one reader on a day; returns the activities
     * read, the overdue and the upcoming counted, and the listed lines whose planned start and end
     * differ.
     */
    private long[] compare(SystemSubject reader, String who, LocalDate today) {
        Map<Long, Plan> plans = plans(reader);
        List<ActivitySummary> readable = activities(reader, plans.keySet());
        PlanOverview expected = PlanOverview.of(YEAR, id -> plans.get(id).status(), readable, today, false);
        YearTallies.Dashboard counted =
                inTransaction(transactions, reader, () -> tallies.ofYear(reader, YEAR, today, 30, false));
        long datedLines = 0;

        assertThat(counted.overview().byQuarter()).as(who).isEqualTo(expected.byQuarter());
        assertThat(counted.overview().byDomain()).as(who).isEqualTo(expected.byDomain());
        assertThat(counted.overview().byNation()).as(who).isEqualTo(expected.byNation());
        assertThat(counted.plans()).as(who).isEqualTo((int)
                readable.stream().map(ActivitySummary::planId).distinct().count());
        assertThat(counted.overdueCount()).as(who).isEqualTo(expected.overdue().size());
        assertThat(counted.upcomingCount())
                .as(who)
                .isEqualTo(expected.upcoming().size());
        // The first of each list in the plans' committees' order, then the activities' (sorted as
        // PostgreSQL does in C collation; ties between two plans of one committee may come either
        // way: their places are compared, and each listed activity must be one the direct count
        // found).
        Function<ActivityLine, String> place =
                a -> plans.get(a.planId()).committeeCode() + "\u0000" + String.format("%09d", seq.get(a.id()));
        for (var lists : List.of(
                List.of(counted.overview().overdue(), expected.overdue()),
                List.of(counted.overview().upcoming(), expected.upcoming()))) {
            assertThat(lists.get(0).stream().map(place).toList())
                    .as(who)
                    .isEqualTo(lists.get(1).stream()
                            .map(place)
                            .sorted()
                            .limit(YearTallies.LISTED)
                            .toList());
            // Whole lines: the code, title, plan and dates read for the list are the activity's.
            assertThat(lists.get(1)).as(who).containsAll(lists.get(0));
            datedLines += lists.get(0).stream()
                    .filter(a -> a.plannedStart() != null && !a.plannedStart().equals(a.plannedEnd()))
                    .count();
        }
        assertThat(new HashSet<>(counted.labels()))
                .as(who)
                .isEqualTo(new HashSet<>(
                        readable.stream().map(ActivitySummary::label).toList()));
        assertRates(who, counted.rates(), readable, plans, today);
        return new long[] {readable.size(), counted.overdueCount(), counted.upcomingCount(), datedLines};
    }

    /** Executed ÷ due as each activity states it: executed, or late in a signed plan (ExecutionSql.due()). */
    private void assertRates(
            String who,
            ExecutionRates.Rates counted,
            List<ActivitySummary> readable,
            Map<Long, Plan> plans,
            LocalDate today) {
        var byQuarter = new TreeMap<String, long[]>();
        var byDomain = new TreeMap<String, long[]>();
        var byLead = new TreeMap<String, long[]>();
        var byPartner = new TreeMap<String, long[]>();
        long[] total = new long[2];
        for (ActivitySummary a : readable) {
            long executed = a.status() == ActivityStatus.EXECUTED ? 1 : 0;
            long due = a.due(today, YEAR, plans.get(a.planId()).status()) ? 1 : 0;
            var keyed = new ArrayList<long[]>(List.of(
                    total,
                    byQuarter.computeIfAbsent(
                            a.quarter() == null ? "" : a.quarter().toString(), k -> new long[2]),
                    byDomain.computeIfAbsent(a.domain(), k -> new long[2]),
                    byLead.computeIfAbsent(a.leadNation(), k -> new long[2])));
            for (String party : plans.get(a.planId()).parties()) {
                if (!party.equals("MAR")) {
                    keyed.add(byPartner.computeIfAbsent(party, k -> new long[2]));
                }
            }
            for (long[] sums : keyed) {
                sums[0] += executed;
                sums[1] += due;
            }
        }
        assertThat(counted.total()).as(who).isEqualTo(new ExecutionRates.Rate(total[0], total[1]));
        assertThat(counted.byQuarter()).as(who).isEqualTo(rates(byQuarter));
        assertThat(counted.byDomain()).as(who).isEqualTo(rates(byDomain));
        assertThat(counted.byLeadNation()).as(who).isEqualTo(rates(byLead));
        assertThat(counted.byPartner()).as(who).isEqualTo(rates(byPartner));
    }

    private static Map<String, ExecutionRates.Rate> rates(Map<String, long[]> sums) {
        var rates = new TreeMap<String, ExecutionRates.Rate>();
        sums.forEach((key, s) -> rates.put(key, new ExecutionRates.Rate(s[0], s[1])));
        return rates;
    }
}
