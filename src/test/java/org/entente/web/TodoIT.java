package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.committees.ActionItems;
import org.entente.shared.LocalizedText;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.entente.support.Personas.Persona;
import org.entente.workplans.ActivityDraft;
import org.entente.workplans.ActivityType;
import org.entente.workplans.NewPlan;
import org.entente.workplans.WorkPlans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What awaits a reader, as two nations of one committee see it: Morocco's proposals await Israel's
 * planners, and a Moroccan-only one is neither listed nor counted for Israel; Morocco's action
 * items are Morocco's to do. The home panel, the navigation's count and the API show one list.
 */
@DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodoIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkPlans plans;

    @Autowired
    ActionItems actions;

    @Autowired
    TodoList todo;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    long plan;
    long committee;
    LocalDate today = LocalDate.now();

    @BeforeAll
    void moroccoProposesThreeActivitiesOneOfThemForItselfOnly() {
        committee = committeeId(transactions, sql, JOINT_COMMITTEE);
        var planner = Persona.PLANNER_MAR.subject();
        plan = inTransaction(transactions, planner, () -> {
            long id = plans.create(
                    planner, new NewPlan(committee, 2031, LocalizedText.of("en", "Plan 2031"), null, true));
            for (String title : List.of("Shared one", "Shared two", "Moroccan only")) {
                plans.propose(planner, id, draft(title));
            }
            // Morocco keeps the third for itself: a record of its own, not released to Israel.
            sql.sql("""
                            update workplans.activity set releasable_to = '{}'
                             where plan_id = :plan and title ->> 'en' = 'Moroccan only'""").param("plan", id).update();
            actions.create(
                    planner,
                    committee,
                    new ActionItems.ActionDraft(
                            null, null, LocalizedText.of("en", "Moroccan follow-up"), "MAR", null, today.plusDays(5)));
            return id;
        });
    }

    private static ActivityDraft draft(String title) {
        return draft(title, "MAR", "ISR");
    }

    private static ActivityDraft draft(String title, String lead, String host) {
        return new ActivityDraft(
                LocalizedText.of("en", title),
                null,
                ActivityType.WORKING_MEETING,
                "TRAINING_EDUCATION",
                List.of(),
                lead,
                host,
                null,
                2,
                null,
                null,
                Map.of(),
                WorkPlans.SHARED_COSTS);
    }

    private List<TodoItem> of(Persona persona) {
        return inTransaction(transactions, persona.subject(), () -> todo.of(persona.subject(), today));
    }

    private TodoItem proposalsOfThePlan(List<TodoItem> items) {
        return items.stream()
                .filter(i ->
                        i.kind() == TodoKind.PROPOSALS_TO_APPROVE && i.href().startsWith("/workplans/" + plan + "?"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void theNavigationsCountAfterTheSessionEndedIsA401NotTheSignInPage() throws Exception {
        // htmx swaps what a 200 brings: a redirect to the sign-in page would put a whole page in the navigation.
        mvc.perform(get("/me/todo/count").header("HX-Request", "true")).andExpect(status().isUnauthorized());
        mvc.perform(get("/me/todo/count")).andExpect(status().is3xxRedirection());
    }

    @Test
    void israelsPlannerIsAskedToApproveTheTwoProposalsReleasedToIsraelAndNoMore() {
        TodoItem item = proposalsOfThePlan(of(Persona.PLANNER_ISR));

        assertThat(item).isNotNull();
        assertThat(item.count()).isEqualTo(2);
        assertThat(item.href()).isEqualTo("/workplans/" + plan + "?awaiting=ISR");
        assertThat(item.label().audience()).containsExactlyInAnyOrder("ISR", "MAR");
    }

    @Test
    void moroccoHasApprovedItsOwnProposalsAndAViewerIsNotAskedToApprove() {
        assertThat(proposalsOfThePlan(of(Persona.PLANNER_MAR))).isNull();
        assertThat(proposalsOfThePlan(of(Persona.LIAISON_ISR))).isNull();
        assertThat(proposalsOfThePlan(of(Persona.PLANNER_FRA))).isNull();
    }

    @Test
    void anActionItemIsToDoForTheNationThatOwnsIt() {
        assertThat(of(Persona.PLANNER_MAR))
                .filteredOn(i -> i.kind() == TodoKind.ACTION_DUE)
                .extracting(i -> i.title().in(java.util.Locale.ENGLISH))
                .contains("Moroccan follow-up");
        assertThat(of(Persona.PLANNER_ISR))
                .filteredOn(i -> i.kind() == TodoKind.ACTION_DUE)
                .extracting(i -> i.title().in(java.util.Locale.ENGLISH))
                .doesNotContain("Moroccan follow-up");
    }

    @Test
    void aSessionWithinThirtyDaysIsOnTheListOfItsCommitteesReaders() {
        LocalDate start = firstPlannedSession();
        var liaison = Persona.LIAISON_ISR.subject();
        var fra = Persona.PLANNER_FRA.subject();
        List<TodoItem> israeli = inTransaction(transactions, liaison, () -> todo.of(liaison, start.minusDays(3)));
        List<TodoItem> french = inTransaction(transactions, fra, () -> todo.of(fra, start.minusDays(3)));

        assertThat(israeli)
                .filteredOn(i -> i.kind() == TodoKind.SESSION_SOON)
                .extracting(TodoItem::href)
                .anyMatch(href -> href.startsWith("/committees/" + committee + "/sessions/"));
        assertThat(french)
                .filteredOn(i -> i.kind() == TodoKind.SESSION_SOON)
                .extracting(TodoItem::href)
                .noneMatch(href -> href.startsWith("/committees/" + committee + "/"));
    }

    @Test
    void aComingSessionIsNamedByItsOrdinalInTheReadersLanguage() {
        LocalDate start = firstPlannedSession();
        var liaison = Persona.LIAISON_ISR.subject();
        var session = new java.util.HashMap<String, TodoItem>();
        for (String language : List.of("en", "ar")) {
            LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
            try {
                session.put(
                        language,
                        inTransaction(transactions, liaison, () -> todo.of(liaison, start.minusDays(3))).stream()
                                .filter(i -> i.kind() == TodoKind.SESSION_SOON)
                                .findFirst()
                                .orElseThrow());
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }
        String number = session.get("en").reference();
        assertThat(number).matches("[0-9]+");
        assertThat(session.get("en").shownReference()).matches(number + "(st|nd|rd|th) session");
        assertThat(session.get("ar").shownReference()).startsWith("الدورة ");
    }

    @Test
    void theHomePanelTheCountAndTheApiShowTheSameItems() throws Exception {
        var session = signIn(mvc, "planner.isr");
        String home = body(mvc.perform(get("/").session(session).header("Accept-Language", "en")));
        String api = body(mvc.perform(get("/api/v1/me/todo").session(session)));
        String count = body(mvc.perform(get("/me/todo/count").session(session)));
        int items = of(Persona.PLANNER_ISR).size();

        assertThat(home).contains("id=\"todo\"").contains("href=\"/workplans/" + plan + "?awaiting=ISR\"");
        // planner.isr reads in the language of the account (Hebrew in the demo): the item's class and link say it.
        assertThat(home).contains("todo__item--proposals_to_approve");
        // The panel shows the head of the same list (TodoList.page, as the API's first page) and
        // counts the whole list (nego33: it no longer builds the whole list to show 20).
        assertThat(home)
                .contains("id=\"todo-heading\">")
                .containsPattern("todo-heading\">[^<]*<span class=\"nav-count\">" + items + "</span>");
        assertThat(home.split("class=\"agenda__item todo__item ", -1))
                .as("the panel lists the list's first items")
                .hasSize(Math.min(items, HomeController.TODO_SHOWN) + 1);
        assertThat(api)
                .contains("\"href\":\"/workplans/" + plan + "?awaiting=ISR\"")
                .contains("\"total\":" + items);
        assertThat(count).contains(">" + items + "<");

        String moroccan = body(mvc.perform(get("/api/v1/me/todo").session(signIn(mvc, "planner.mar"))));
        assertThat(moroccan).doesNotContain("?awaiting=ISR").contains("Moroccan follow-up");
        assertThat(body(mvc.perform(get("/api/v1/me/todo").session(signIn(mvc, "planner.fra")))))
                .doesNotContain("Moroccan follow-up")
                .doesNotContain("/workplans/" + plan);
    }

    @Test
    void theCountIsTheListsLengthForEveryPersonaOnEveryDay() {
        // The count skips building the list (it probes each plan for one awaited or overdue activity):
        // on days before, during and long after the plans' year, with many overdue, it must still agree.
        for (Persona persona : Persona.values()) {
            var reader = persona.subject();
            for (LocalDate day : List.of(today, today.minusYears(1), today.plusYears(1), today.plusYears(6))) {
                List<TodoItem> items = inTransaction(transactions, reader, () -> todo.of(reader, day));
                int count = inTransaction(transactions, reader, () -> todo.count(reader, day));
                assertThat(count).as("%s on %s: %s", persona, day, items).isEqualTo(items.size());
            }
        }
        var planner = Persona.PLANNER_MAR.subject();
        assertThat(inTransaction(transactions, planner, () -> todo.count(planner, today.plusYears(6))))
                .as("years after the plans, Morocco's planner has overdue activities to count")
                .isGreaterThan(inTransaction(transactions, planner, () -> todo.count(planner, today.minusYears(1))));
    }

    @Test
    void everyPageOfTheApiIsTheWholeListsSliceWithItsLength() {
        // The API reads only the head of the list its page needs (million32): a source that holds
        // a page's worth of earlier kinds counts its overdue activities instead of listing them. Every
        // page, of every size, must still be the slice of the whole list, and say its whole length.
        for (Persona persona : Persona.values()) {
            var reader = persona.subject();
            for (LocalDate day : List.of(today, today.plusYears(6))) {
                List<TodoItem> all = inTransaction(transactions, reader, () -> todo.of(reader, day));
                for (int size : List.of(1, 2, 5)) {
                    for (int from = 0; from <= all.size(); from += size) {
                        int start = from;
                        var page = inTransaction(transactions, reader, () -> todo.page(reader, day, start, size));
                        assertThat(page.items())
                                .as("%s on %s, items %d to %d", persona, day, from, from + size)
                                .containsExactlyElementsOf(all.subList(from, Math.min(from + size, all.size())));
                        assertThat(page.total())
                                .as("%s on %s, items %d to %d", persona, day, from, from + size)
                                .isEqualTo(all.size());
                    }
                }
            }
        }
    }

    @Test
    void theApproverRolesAreReadOncePerListNotOncePerCommittee() throws Exception {
        // Israel and France each propose to Morocco in a plan of their own committee: Morocco's
        // planner has approvals to give in two committees, and the list asks for the roles once.
        var plansToApprove = new java.util.ArrayList<Long>();
        for (Persona proposer : List.of(Persona.PLANNER_ISR, Persona.PLANNER_FRA)) {
            var subject = proposer.subject();
            String code = proposer == Persona.PLANNER_ISR ? "JMC-ISR-MAR" : "CMM-FRA-MAR";
            plansToApprove.add(inTransaction(transactions, subject, () -> {
                long committeeId = sql.sql("select id from committees.committee where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single();
                long id = plans.create(
                        subject, new NewPlan(committeeId, 2032, LocalizedText.of("en", "Plan 2032"), null, true));
                plans.propose(subject, id, draft("Proposed to Morocco", subject.nation(), "MAR"));
                return id;
            }));
        }
        var session = signIn(mvc, "planner.mar");
        mvc.perform(get("/api/v1/me/todo").session(session)).andExpect(status().isOk());
        var api = new StringBuilder();
        List<String> statements = org.entente.pages.StatementCounter.during(
                () -> api.append(body(mvc.perform(get("/api/v1/me/todo").session(session)))));

        for (long id : plansToApprove) {
            assertThat(api.toString()).contains("\"href\":\"/workplans/" + id + "?awaiting=MAR\"");
        }
        assertThat(statements)
                .as("statements of /api/v1/me/todo:%n%s", String.join("\n", statements))
                .filteredOn(statement -> statement.contains("identity.committee_role"))
                .hasSize(1);
    }

    @Test
    void theApiIsTimedAsOneRequestNotOnceMoreForEverySecurityFilter() throws Exception {
        // Spring Security's own observations (one per filter of its chain, per request) cost the
        // to-do API about a sixth of its CPU: they are off, and the request's own timing stays.
        var session = signIn(mvc, "planner.mar");
        mvc.perform(get("/api/v1/me/todo").session(session)).andExpect(status().isOk());
        List<String> names = meters.getMeters().stream()
                .map(meter -> meter.getId().getName())
                .distinct()
                .toList();
        assertThat(names).contains("http.server.requests");
        assertThat(names).noneMatch(name -> name.startsWith("spring.security."));
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The day the committee's first planned session starts. */
    private LocalDate firstPlannedSession() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("""
                        select min(start_date) from committees.session
                         where committee_id = :committee and status = 'PLANNED'""")
                        .param("committee", committee)
                        .query(LocalDate.class)
                        .single());
    }
}
