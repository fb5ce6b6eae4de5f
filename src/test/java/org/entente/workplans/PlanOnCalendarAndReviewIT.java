package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo's Israel – Morocco 2026 plan where people meet it outside the plan's pages: its dated
 * activities on the calendar, and what became of them in the review before the fourth session.
 */
@DemoApplicationTest
class PlanOnCalendarAndReviewIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anExecutedActivityShowsOnItsActualDaysToThePartiesOnly() throws Exception {
        long activity = inTransaction(
                transactions, HOST, () -> sql.sql("""
                                select min(a.id) from workplans.activity a join workplans.plan p on p.id = a.plan_id
                                 where p.committee_code = 'JMC-ISR-MAR' and a.status = 'EXECUTED'
                                   and a.actual_start between date '2026-04-01' and date '2026-04-30'""").query(Long.class).single());

        assertThat(page("liaison.isr", "/calendar?month=2026-04")).contains("href=\"/activities/" + activity + "\"");
        assertThat(page("planner.fra", "/calendar?month=2026-04"))
                .doesNotContain("href=\"/activities/" + activity + "\"");
    }

    @Test
    void theReviewBeforeTheFourthSessionListsThe2026PlanAndWhatBecameOfEachActivity() throws Exception {
        long committee = committeeId(transactions, sql, JOINT_COMMITTEE);

        String review = page("liaison.isr", "/committees/" + committee + "/sessions/4/review");

        assertThat(review).contains("The previous plan: planned, executed, postponed and cancelled activities");
        assertThat(review)
                .contains("JMC-2026-")
                .contains("Executed")
                .contains("Scheduled")
                .contains("Cancelled");
        mvc.perform(get("/committees/" + committee + "/sessions/4/review").session(signIn(mvc, "planner.fra")))
                .andExpect(status().isNotFound());
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).session(signIn(mvc, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
