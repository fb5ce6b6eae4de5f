package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.shared.LocalizedText;
import org.entente.shared.Refused;
import org.entente.shared.SystemSubject;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Execution that tells the truth, on the demo and on plans of its own: rates counted in SQL agree
 * with the rule an activity states for itself and never count what the reader may not read; the
 * 2023 plan is closed and its review shows the suspension; a year closes with a carry-over into
 * next year's plan; the activities API filters by status and overdue.
 */
@DemoApplicationTest
class ExecutionIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkPlans plans;

    @Autowired
    PlanClosings closings;

    @Autowired
    ClosingProposals proposals;

    @Autowired
    ExecutionRates rates;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private long plan(String committee, int year) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("""
                        select id from workplans.plan where committee_code = :code and year = :year
                         order by id limit 1""")
                        .param("code", committee)
                        .param("year", year)
                        .query(Long.class)
                        .single());
    }

    @Test
    void theRatesCountedInSqlAreTheRuleEachActivityStatesAndOnlyWhatTheReaderMayRead() {
        long plan = plan("JMC-ISR-MAR", 2026);
        for (Persona persona : List.of(Persona.PLANNER_MAR, Persona.LIAISON_ISR)) {
            SystemSubject reader = persona.subject();
            var counted = inTransaction(transactions, reader, () -> rates.ofPlan(reader, plan, TODAY));
            List<ActivitySummary> visible = inTransaction(
                    transactions, reader, () -> plans.activitiesOf(reader, plan, WorkPlans.Filter.NONE, "code"));
            long executed = visible.stream()
                    .filter(a -> a.status() == ActivityStatus.EXECUTED)
                    .count();
            PlanStatus status = inTransaction(transactions, reader, () -> plans.find(reader, plan))
                    .orElseThrow()
                    .status();
            long due = visible.stream().filter(a -> a.due(TODAY, 2026, status)).count();

            assertThat(counted.total()).as(persona.name()).isEqualTo(new ExecutionRates.Rate(executed, due));
            assertThat(counted.byQuarter().values().stream()
                            .mapToLong(ExecutionRates.Rate::due)
                            .sum())
                    .isEqualTo(due);
            assertThat(counted.byPartner()).containsOnlyKeys("ISR");
        }
    }

    @Test
    void the2023PlanIsClosedAndTheReviewShowsTheSuspensionInsteadOfScheduled() throws Exception {
        long plan = plan("JMC-ISR-MAR", 2023);
        var reader = Persona.LIAISON_ISR.subject();
        PlanSummary summary = inTransaction(transactions, reader, () -> plans.find(reader, plan))
                .orElseThrow();
        assertThat(summary.status()).isEqualTo(PlanStatus.CLOSED);

        long committee = summary.committeeId();
        String review = page("liaison.isr", "/committees/" + committee + "/sessions/3/review");
        assertThat(review)
                .contains("JMC-2023-")
                .contains("on hold from 16 October 2023 to 20 October 2025 (suspension)")
                .doesNotContain("Scheduled");
    }

    @Test
    void aYearClosesWithACarryOverAndNextYearsPlanIsDraftedFromIt() {
        var mar = Persona.PLANNER_MAR.subject();
        var isr = Persona.PLANNER_ISR.subject();
        long committee = committeeId(transactions, sql, JOINT_COMMITTEE);
        long plan = inTransaction(transactions, mar, () -> {
            long id = plans.create(
                    mar, new NewPlan(committee, 2033, LocalizedText.of("en", "Plan for 2033"), null, true));
            long objective = plans.addObjective(mar, id, LocalizedText.of("en", "Train together"));
            plans.addIndicator(
                    mar,
                    objective,
                    LocalizedText.of("en", "People trained"),
                    LocalizedText.of("en", "people"),
                    BigDecimal.ZERO,
                    BigDecimal.TEN,
                    IndicatorComputation.NONE);
            for (String title : List.of("Executed one", "Carried one", "Cancelled one")) {
                plans.propose(mar, id, draft(title, List.of(objective)));
            }
            return id;
        });
        List<ActivitySummary> activities =
                inTransaction(transactions, isr, () -> plans.activitiesOf(isr, plan, WorkPlans.Filter.NONE, "code"));
        inTransaction(transactions, isr, () -> {
            activities.forEach(a -> plans.approve(isr, a.id(), "ISR", null));
        });
        inTransaction(transactions, mar, () -> {
            plans.sign(
                    mar,
                    plan,
                    null,
                    2,
                    List.of(
                            new PlanSignatory("ISR", "Co-chair (role)", ""),
                            new PlanSignatory("MAR", "Co-chair (role)", "")));
            plans.execute(mar, activities.get(0).id(), null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
        });
        long carried = activities.get(1).id();
        long cancelled = activities.get(2).id();

        // Too early, then a cancellation without its reason: refused, nothing changed.
        assertThatThrownBy(() -> inTransaction(
                        transactions,
                        mar,
                        () -> proposals.propose(mar, plan, LocalDate.of(2033, 11, 30), Map.of(), Map.of())))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> inTransaction(
                        transactions,
                        isr,
                        () -> proposals.propose(
                                isr,
                                plan,
                                LocalDate.of(2033, 12, 5),
                                Map.of(carried, "CARRY_OVER", cancelled, "CANCEL"),
                                Map.of())))
                .isInstanceOfSatisfying(
                        Refused.class,
                        r -> assertThat(r.fields())
                                .extracting(Refused.FieldError::field)
                                .containsExactly("reason-" + cancelled));
        assertThat(inTransaction(transactions, mar, () -> plans.find(mar, plan))
                        .orElseThrow()
                        .status())
                .isEqualTo(PlanStatus.IN_EXECUTION);

        int closing = inTransaction(
                transactions,
                isr,
                () -> proposals.propose(
                        isr,
                        plan,
                        LocalDate.of(2033, 12, 5),
                        Map.of(carried, "CARRY_OVER", cancelled, "CANCEL"),
                        Map.of(cancelled, org.entente.shared.LocalizedText.of("en", "No longer needed"))));
        // Proposed by Israel, decided by Morocco: the plan is closed once Morocco approves.
        assertThat(inTransaction(transactions, mar, () -> plans.find(mar, plan))
                        .orElseThrow()
                        .status())
                .isEqualTo(PlanStatus.IN_EXECUTION);
        inTransaction(transactions, mar, () -> proposals.approve(mar, plan, closing, null));
        assertThat(inTransaction(transactions, mar, () -> plans.find(mar, plan))
                        .orElseThrow()
                        .status())
                .isEqualTo(PlanStatus.CLOSED);
        assertThat(inTransaction(transactions, mar, () -> plans.activity(mar, cancelled))
                        .orElseThrow())
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(ActivityStatus.CANCELLED);
                    assertThat(a.reason()).isEqualTo(org.entente.shared.LocalizedText.of("en", "No longer needed"));
                });

        // Morocco keeps the executed one for itself: counted for Morocco, neither listed nor counted for Israel.
        inTransaction(
                transactions,
                HOST,
                () -> sql.sql("update workplans.activity set releasable_to = '{}' where id = :id")
                        .param("id", activities.get(0).id())
                        .update());
        assertThat(inTransaction(transactions, mar, () -> rates.ofPlan(mar, plan, TODAY))
                        .total())
                .isEqualTo(new ExecutionRates.Rate(1, 1));
        assertThat(inTransaction(transactions, isr, () -> rates.ofPlan(isr, plan, TODAY))
                        .total())
                .isEqualTo(new ExecutionRates.Rate(0, 0));

        long next = inTransaction(transactions, mar, () -> closings.draftNextYear(mar, plan));
        PlanSummary nextPlan =
                inTransaction(transactions, mar, () -> plans.find(mar, next)).orElseThrow();
        assertThat(nextPlan.year()).isEqualTo(2034);
        assertThat(nextPlan.title().values()).containsEntry("en", "Plan for 2034");
        List<ObjectiveSummary> objectives = inTransaction(transactions, mar, () -> plans.objectivesOf(mar, next));
        assertThat(objectives).extracting(o -> o.title().values().get("en")).containsExactly("Train together");
        assertThat(objectives.get(0).indicators())
                .extracting(i -> i.unit())
                .containsExactly(LocalizedText.of("en", "people"));
        List<ActivitySummary> copied =
                inTransaction(transactions, isr, () -> plans.activitiesOf(isr, next, WorkPlans.Filter.NONE, "code"));
        assertThat(copied).singleElement().satisfies(a -> {
            assertThat(a.title().values()).containsEntry("en", "Carried one");
            assertThat(a.objectiveIds()).containsExactly(objectives.get(0).id());
            assertThat(a.approvedBy("ISR")).isFalse();
        });
        // Drafting twice carries nothing twice.
        inTransaction(transactions, mar, () -> closings.draftNextYear(mar, plan));
        assertThat(inTransaction(transactions, mar, () -> plans.activitiesOf(mar, next, WorkPlans.Filter.NONE, "code")))
                .hasSize(1);
    }

    private static ActivityDraft draft(String title, List<Long> objectives) {
        return new ActivityDraft(
                LocalizedText.of("en", title),
                null,
                ActivityType.TRAINING_COURSE,
                "TRAINING_EDUCATION",
                objectives,
                "MAR",
                "ISR",
                null,
                1,
                null,
                null,
                Map.of("MAR", 5),
                WorkPlans.SHARED_COSTS);
    }

    @Test
    void theActivitiesApiListsScheduledOverdueActivitiesTheCallerMayRead() throws Exception {
        JsonNode all = json("liaison.isr", "/api/v1/activities?status=SCHEDULED&overdue=true&size=200");
        assertThat(all.get("total").asLong()).isPositive();
        for (JsonNode item : all.get("items")) {
            assertThat(item.get("status").asString()).isEqualTo("PLANNED");
            assertThat(item.get("label").get("banner").asString()).contains("ISR");
            assertThat(item.has("proposedBy") && item.has("city")).isTrue();
        }
        JsonNode french = json("planner.fra", "/api/v1/activities?status=SCHEDULED&overdue=true&size=200");
        for (JsonNode item : french.get("items")) {
            assertThat(item.get("label").get("banner").asString()).contains("FRA");
        }
        String refused = mvc.perform(get("/api/v1/activities?overdue=maybe&year=twenty")
                        .session(signIn(mvc, "liaison.isr"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("overdue: true or false").contains("year: a year of four digits");
    }

    /**
     * The total comes with the page's rows (one statement) and, for a page past the end, from a count
     * of its own: the first page, the last and one past the end say the same total, and the last
     * holds what remains of it.
     */
    @Test
    void everyPageOfTheActivitiesApiSaysTheSameTotal() throws Exception {
        String filter = "/api/v1/activities?status=SCHEDULED&size=3";
        JsonNode first = json("planner.mar", filter);
        long total = first.get("total").asLong();
        assertThat(total).isGreaterThan(3);
        assertThat(first.get("items")).hasSize(3);
        long last = (total - 1) / 3;
        JsonNode lastPage = json("planner.mar", filter + "&page=" + last);
        assertThat(lastPage.get("total").asLong()).isEqualTo(total);
        assertThat(lastPage.get("items")).hasSize((int) (total - 3 * last));
        JsonNode past = json("planner.mar", filter + "&page=" + (last + 1));
        assertThat(past.get("total").asLong()).isEqualTo(total);
        assertThat(past.get("items")).isEmpty();
        // The pages, one after the other, are the whole list in its order (the page is read by its
        // keys, then its rows by id: million32).
        var paged = new java.util.ArrayList<Long>();
        for (long page = 0; page <= last; page++) {
            json("planner.mar", filter + "&page=" + page)
                    .get("items")
                    .forEach(item -> paged.add(item.get("id").asLong()));
        }
        var whole = new java.util.ArrayList<Long>();
        json("planner.mar", "/api/v1/activities?status=SCHEDULED&size=200")
                .get("items")
                .forEach(item -> whole.add(item.get("id").asLong()));
        assertThat(total).isLessThanOrEqualTo(200);
        assertThat(paged).containsExactlyElementsOf(whole);
        JsonNode none = json("planner.mar", "/api/v1/activities?status=SCHEDULED&year=1999");
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("items")).isEmpty();
    }

    private JsonNode json(String username, String path) throws Exception {
        return JSON.readTree(page(username, path));
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).session(signIn(mvc, username)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
