package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.shared.LocalizedText;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A long plan table is collapsed by group (issue 20): a quarter of more than {@link
 * PlanTableRows#ROWS} activities shows its first ones and a link to the rest, which shows them all
 * (as a page, or the table htmx swaps in), filters kept.
 */
@DemoApplicationTest
class PlanTableRowsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkPlans plans;

    @Test
    void aLongQuarterShowsItsFirstRowsAndTheLinkShowsTheRest() throws Exception {
        var mar = Persona.PLANNER_MAR.subject();
        long committee = committeeId(transactions, sql, JOINT_COMMITTEE);
        int count = PlanTableRows.ROWS + 4;
        long plan = inTransaction(transactions, mar, () -> {
            long id =
                    plans.create(mar, new NewPlan(committee, 2035, LocalizedText.of("en", "A long plan"), null, true));
            for (int i = 1; i <= count; i++) {
                plans.propose(mar, id, draft("Long-table activity %02d".formatted(i)));
            }
            return id;
        });
        MockHttpSession session = signIn(mvc, Persona.PLANNER_MAR);

        String first = page(session, "/workplans/" + plan);
        assertThat(rows(first)).isEqualTo(PlanTableRows.ROWS);
        // planner.mar reads Arabic: "show the 4 other activities".
        assertThat(first)
                .contains("class=\"plan-more\"")
                .contains("عرض الأنشطة الـ4 الأخرى")
                .contains("all=1");

        String htmx = mvc.perform(get("/workplans/" + plan + "?quarter=1&group=quarter&sort=code&all=1")
                        .header("HX-Request", "true")
                        .session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(rows(htmx)).isEqualTo(count);
        assertThat(htmx).doesNotContain("plan-more").doesNotContain("<!DOCTYPE").contains("<div id=\"plan-table\">");
        assertThat(rows(page(session, "/workplans/" + plan + "?all=1"))).isEqualTo(count);
        // A filter that leaves few rows shows them all, without a link.
        String filtered = page(session, "/workplans/" + plan + "?domain=AIR_DEFENCE");
        assertThat(rows(filtered)).isZero();
        assertThat(filtered).doesNotContain("plan-more");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        // In Arabic whatever language another test class saved to planner.mar's account.
        var response = mvc.perform(get(path).session(session).cookie(new Cookie("ENTENTE_LANG", "ar")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static int rows(String html) {
        return html.split("Long-table activity ", -1).length - 1;
    }

    private static ActivityDraft draft(String title) {
        return new ActivityDraft(
                LocalizedText.of("en", title),
                null,
                ActivityType.WORKING_MEETING,
                "TRAINING_EDUCATION",
                List.of(),
                "MAR",
                "ISR",
                null,
                1,
                null,
                null,
                Map.of("MAR", 5),
                WorkPlans.SHARED_COSTS);
    }
}
