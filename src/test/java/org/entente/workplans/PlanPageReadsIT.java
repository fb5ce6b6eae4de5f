package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.DemoApplicationTest;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The plan table's rows as the database groups and limits them (issue 20: only the shown rows are
 * read) are the rows the page showed when it grouped every activity in Java: the same groups in the
 * same order, the same activities in each in the table's sort, each group's size, for every grouping
 * and sort, for readers of two nations and clearances, with and without a group shown in full.
 */
@DemoApplicationTest
class PlanPageReadsIT {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PlanPageReads pageReads;

    @Autowired
    PlanReads reads;

    /** The grouping the page did in Java before (WorkPlanController, scale20e). */
    private static String groupKey(String group, ActivitySummary a) {
        return switch (group) {
            case "domain" -> a.domain();
            case "nation" -> a.leadNation();
            case "status" -> PendingRows.statusKey(a.status());
            default -> a.quarter() == null ? "5" : a.quarter().toString();
        };
    }

    @Test
    void theDatabaseGroupsAndLimitsTheRowsAsThePageDid() {
        long plan = inTransaction(
                transactions, HOST, () -> sql.sql("""
                                select a.plan_id from workplans.activity a group by a.plan_id
                                 order by count(*) desc, a.plan_id limit 1""").query(Long.class).single());
        int compared = 0;
        for (Persona persona : List.of(Persona.PLANNER_MAR, Persona.LIAISON_ISR)) {
            var reader = persona.subject();
            for (String group : WorkPlanController.GROUPINGS) {
                for (String sort : PlanReads.SORTS.keySet()) {
                    List<ActivitySummary> all = inTransaction(
                            transactions, reader, () -> reads.activitiesOf(reader, plan, WorkPlans.Filter.NONE, sort));
                    var expected = new TreeMap<String, List<Long>>();
                    all.forEach(a -> expected.computeIfAbsent(groupKey(group, a), k -> new ArrayList<>())
                            .add(a.id()));
                    for (String expanded : new String[] {null, expected.isEmpty() ? null : expected.firstKey()}) {
                        PlanPageReads.Shown shown = inTransaction(
                                transactions,
                                reader,
                                () -> pageReads.shown(reader, plan, WorkPlans.Filter.NONE, sort, group, expanded));
                        var shownIds = new TreeMap<String, List<Long>>();
                        shown.groups()
                                .forEach((key, rows) -> shownIds.put(
                                        key,
                                        rows.stream().map(ActivitySummary::id).toList()));
                        var sizes = new TreeMap<String, Integer>();
                        var limited = new TreeMap<String, List<Long>>();
                        for (Map.Entry<String, List<Long>> e : expected.entrySet()) {
                            sizes.put(e.getKey(), e.getValue().size());
                            limited.put(
                                    e.getKey(),
                                    e.getKey().equals(expanded) || e.getValue().size() <= PlanTableRows.ROWS
                                            ? e.getValue()
                                            : e.getValue().subList(0, PlanTableRows.ROWS));
                        }
                        String what =
                                "%s, grouped by %s, sorted by %s, %s in full".formatted(persona, group, sort, expanded);
                        assertThat(shownIds).as(what).isEqualTo(limited);
                        assertThat(shown.sizes()).as(what).isEqualTo(sizes);
                        assertThat(shown.total()).as(what).isEqualTo(all.size());
                        compared += all.size();
                    }
                }
            }
        }
        assertThat(compared).as("activities compared").isPositive();
    }
}
