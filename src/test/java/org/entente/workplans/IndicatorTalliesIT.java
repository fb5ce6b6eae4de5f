package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.DemoApplicationTest;
import org.entente.shared.SystemSubject;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The computed indicators counted by one SQL aggregate (issue 20) agree, on every demo plan with
 * computed indicators and for readers of different nations and clearances, with the rules stated
 * over the activities the reader sees ({@link #expected}: the domain rule as it was computed in
 * Java before, kept here as the oracle).
 */
@DemoApplicationTest
class IndicatorTalliesIT {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkPlans plans;

    @Test
    void theAggregateAgreesWithTheRuleOverTheActivitiesEachReaderSees() {
        List<Long> planIds = inTransaction(
                transactions, HOST, () -> sql.sql("""
                        select distinct o.plan_id from workplans.indicator i
                          join workplans.objective o on o.id = i.objective_id
                         where i.computation <> 'NONE' order by o.plan_id""").query(Long.class).list());
        assertThat(planIds).isNotEmpty();
        int compared = 0;
        for (SystemSubject reader : List.of(
                HOST, Persona.PLANNER_ISR.subject(), Persona.VIEWER_MAR.subject(), Persona.PLANNER_FRA.subject())) {
            for (long planId : planIds) {
                compared += inTransaction(transactions, reader, () -> compare(reader, planId));
            }
        }
        assertThat(compared).as("computed indicators with values compared").isPositive();
    }

    private int compare(SystemSubject reader, long planId) {
        var plan = plans.find(reader, planId);
        if (plan.isEmpty()) {
            return 0;
        }
        int year = plan.get().year();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<ActivitySummary> activities = plans.activitiesOf(reader, planId, WorkPlans.Filter.NONE, "code");
        int compared = 0;
        for (ObjectiveSummary objective : plans.objectivesOf(reader, planId)) {
            for (ObjectiveSummary.Indicator indicator : objective.indicators()) {
                if (indicator.computed()) {
                    var expected = expected(
                            indicator.computation(),
                            objective.id(),
                            activities,
                            year,
                            plan.get().status(),
                            today);
                    assertThat(indicator.actuals())
                            .as("%s, plan %d, indicator %d", reader.username(), planId, indicator.id())
                            .isEqualTo(expected);
                    compared += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        return compared;
    }

    /** The rule over the activities themselves. */
    static Map<Integer, BigDecimal> expected(
            IndicatorComputation computation,
            long objectiveId,
            List<ActivitySummary> activities,
            int planYear,
            PlanStatus planStatus,
            LocalDate today) {
        var values = new TreeMap<Integer, BigDecimal>();
        if (computation == IndicatorComputation.EXECUTED_PERCENT) {
            int[] executed = new int[5];
            int[] due = new int[5];
            for (ActivitySummary a : activities) {
                boolean isExecuted = a.status() == ActivityStatus.EXECUTED;
                if (a.quarter() != null && a.due(today, planYear, planStatus)) {
                    due[a.quarter()]++;
                    executed[a.quarter()] += isExecuted ? 1 : 0;
                }
            }
            for (int q = 1; q <= 4; q++) {
                if (due[q] > 0) {
                    values.put(
                            q,
                            BigDecimal.valueOf(executed[q] * 100L)
                                    .divide(BigDecimal.valueOf(due[q]), 0, RoundingMode.HALF_UP));
                }
            }
        } else if (computation == IndicatorComputation.PEOPLE_TRAINED) {
            int[] trained = new int[5];
            for (ActivitySummary a : activities) {
                LocalDate ended = a.actualEnd() != null ? a.actualEnd() : a.dueOn(planYear);
                if (a.status() == ActivityStatus.EXECUTED
                        && a.type() == ActivityType.TRAINING_COURSE
                        && a.objectiveIds().contains(objectiveId)
                        && ended.getYear() == planYear) {
                    trained[(ended.getMonthValue() - 1) / 3 + 1] += a.participants().entrySet().stream()
                            .filter(p -> !p.getKey().equals(a.leadNation()))
                            .mapToInt(Map.Entry::getValue)
                            .sum();
                }
            }
            long sum = 0;
            for (int q = 1; q <= 4 && !LocalDate.of(planYear, q * 3 - 2, 1).isAfter(today); q++) {
                sum += trained[q];
                values.put(q, BigDecimal.valueOf(sum));
            }
        }
        return values;
    }
}
