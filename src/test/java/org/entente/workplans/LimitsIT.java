package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.SQLException;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.support.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Length limits and date ranges (docs/limits.md) through the API and the forms: an over-long title
 * or a date outside the field's range is refused with 422 naming the field and the limit in the
 * caller's language, and nothing is written; a value just within the limit is accepted.
 */
@DemoApplicationTest
class LimitsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    ApplicationContext context;

    WorkPlansFixture fixture;
    MockHttpSession planner;

    @BeforeEach
    void fixture() throws Exception {
        fixture = WorkPlansFixture.of(context);
        planner = Personas.signIn(mvc, "planner.mar");
    }

    @Test
    void anOverLongTitleIsRefusedThroughTheApiByNameAndLimit() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2033);
        var refused = api(plan, "fr", activity("\"%s\"".formatted("é".repeat(301)), null));
        assertThat(refused.getStatus()).isEqualTo(422);
        JsonNode error =
                JSON.readTree(refused.getContentAsString()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("title");
        assertThat(error.get("message").asString()).startsWith("Titre").contains("300 caractères au plus");
        assertThat(activities(plan)).isZero();

        assertThat(api(plan, "en", activity("\"%s\"".formatted("é".repeat(300)), null))
                        .getStatus())
                .isEqualTo(201);
        assertThat(activities(plan)).isOne();
    }

    @Test
    void datesOutsideThePlanRangeAreRefusedThroughTheApi() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2033);
        for (String day : new String[] {"1970-01-01", "0001-01-01", "1999-12-31", "2101-01-01"}) {
            var refused = api(plan, "en", activity("\"Dated\"", day));
            assertThat(refused.getStatus()).as(day).isEqualTo(422);
            JsonNode error =
                    JSON.readTree(refused.getContentAsString()).get("errors").get(0);
            assertThat(error.get("field").asString()).as(day).isEqualTo("plannedStart");
            assertThat(error.get("message").asString())
                    .as(day)
                    .contains("1 January 2000")
                    .contains("31 December 2100");
        }
        assertThat(activities(plan)).isZero();
        long first = fixture.plan(fixture.setting(), 2001);
        assertThat(api(first, "en", activity("\"Dated\"", "2000-01-01")).getStatus())
                .isEqualTo(201);
    }

    /** Issue 15's bad input: an activity is planned in its plan's year or the year before or after. */
    @Test
    void datesOutsideThePlansYearOrTheYearBeforeOrAfterAreRefusedByName() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2033);
        for (String day : new String[] {"2031-12-31", "2035-01-01", "2040-06-01"}) {
            var refused = api(plan, "en", activity("\"Too far\"", day));
            assertThat(refused.getStatus()).as(day).isEqualTo(422);
            JsonNode error =
                    JSON.readTree(refused.getContentAsString()).get("errors").get(0);
            assertThat(error.get("field").asString()).as(day).isEqualTo("plannedStart");
            assertThat(error.get("message").asString())
                    .as(day)
                    .contains("the plan’s year, the year before or the year after");
        }
        var onTheForm = form(plan, "ar", "title.ar", "بعيد جدا", "plannedStart", "2035-01-01");
        assertThat(onTheForm.getStatus()).isEqualTo(422);
        assertThat(onTheForm.getContentAsString()).contains("تاريخ في سنة الخطة أو في السنة التي قبلها أو التي بعدها");
        assertThat(activities(plan)).as("nothing stored").isZero();
        for (String day : new String[] {"2032-01-01", "2034-12-31"}) {
            assertThat(api(plan, "en", activity("\"Near\"", day)).getStatus())
                    .as(day)
                    .isEqualTo(201);
        }
        assertThat(activities(plan)).isEqualTo(2);
    }

    @Test
    void theFormRefusesAnOverLongTitleAndAnOldDateNextToTheirFields() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2033);
        var longTitle = form(plan, "ar", "title.en", "x".repeat(301), "plannedQuarter", "2");
        assertThat(longTitle.getStatus()).isEqualTo(422);
        String arabic = longTitle.getContentAsString();
        // The message beside the field, in Arabic, the title's inputs described by it, the first one
        // focused (the page lands on it), and the summary still at the top of the form.
        assertThat(arabic).containsPattern("<p class=\"field__error\" id=\"title-error\">[^<]*300 حرف على الأكثر");
        assertThat(arabic).containsPattern("<input id=\"title-en\"[^>]*aria-describedby=\"title-error\"");
        assertThat(arabic).containsPattern("<input id=\"title-ar\"[^>]*aria-describedby=\"title-error\" autofocus");
        assertThat(arabic).contains("id=\"form-errors\"").doesNotContain("form-errors-anchor");

        var oldDate = form(plan, "en", "title.en", "An old date", "plannedStart", "1970-01-01");
        assertThat(oldDate.getStatus()).isEqualTo(422);
        String english = oldDate.getContentAsString();
        assertThat(english)
                .containsPattern(
                        "<p class=\"field__error\" id=\"plannedStart-error\">[^<]*a date between 1 January 2000 and 31 December 2100.");
        assertThat(english)
                .containsPattern(
                        "<input id=\"plannedStart\"[^>]*aria-describedby=\"plannedStart-hint plannedStart-error\" aria-invalid=\"true\" autofocus");
        assertThat(english).doesNotContain("id=\"plannedEnd-error\"").doesNotContain("id=\"title-error\"");
        assertThat(english).contains("id=\"form-errors\"").doesNotContain("form-errors-anchor");
        assertThat(activities(plan)).isZero();
    }

    @Test
    void anAgreementSignedBefore1945OrWithAnOverLongTitleIsRefusedAndNothingStored() throws Exception {
        long before = count("agreements.agreement");
        for (var body : new String[] {agreement("1944-12-31", "Too old"), agreement("2020-01-01", "t".repeat(301))}) {
            var refused = mvc.perform(post("/api/v1/agreements")
                            .session(planner)
                            .with(csrf())
                            .cookie(new Cookie("ENTENTE_LANG", "he"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse();
            refused.setCharacterEncoding("UTF-8");
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(refused.getContentAsString()).containsAnyOf("signedOn", "\"title\"");
            assertThat(refused.getContentAsString()).containsAnyOf("1945", "300 תווים לכל היותר");
        }
        assertThat(count("agreements.agreement")).isEqualTo(before);
    }

    /** What the services refuse, the database refuses too, whoever writes (here its owner). */
    @Test
    void theDatabaseRefusesWhatTheServicesRefuse() throws Exception {
        long plan = fixture.plan(fixture.setting(), 2033);
        long activity = fixture.propose(WorkPlansFixture.PLANNER_MAR, plan, "Checked", 2);
        String longTitle = "'{\"en\": \"%s\"}'".formatted("x".repeat(301));
        for (String set : new String[] {
            "planned_start = '-infinity'",
            "planned_start = '1970-01-01'",
            "actual_end = 'infinity'",
            "title = " + longTitle,
            "title = '[1, 2]'",
            "city = '{\"en\": 7}'",
            "code = '" + "c".repeat(41) + "'",
            "reason = '{\"en\": \"" + "r".repeat(2001) + "\"}'",
            "type = 'SUBMARINE_PICNIC'"
        }) {
            try (Connection connection = superuser.open();
                    var statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate(
                                "update workplans.activity set " + set + " where id = " + activity))
                        .as(set)
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("23514"));
            }
        }
        assertThat(fixture.activity(activity).title().values()).containsEntry("en", "Checked");
    }

    private static String activity(String title, String plannedStart) {
        return """
                {"title": {"en": %s}, "type": "OTHER", "domain": "TRAINING_EDUCATION", "leadNation": "MAR",
                 "hostNation": "MAR", %s "costBearer": "MAR"}""".formatted(
                title, plannedStart == null ? "\"plannedQuarter\": 2," : "\"plannedStart\": \"" + plannedStart + "\",");
    }

    private static String agreement(String signedOn, String title) {
        return """
                {"kind": "PROTOCOL", "parties": ["ISR", "MAR"], "signedOn": "%s", "signedPlace": {"en": "Rabat"},
                 "title": {"en": "%s"}, "domains": ["AIR_DEFENCE"], "classification": "RESTRICTED",
                 "illustrative": true}""".formatted(signedOn, title);
    }

    private MockHttpServletResponse api(long plan, String language, String body) throws Exception {
        var response = mvc.perform(post("/api/v1/workplans/" + plan + "/activities")
                        .session(planner)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", language))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private MockHttpServletResponse form(long plan, String language, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/workplans/" + plan + "/activities")
                .session(planner)
                .with(csrf())
                .cookie(new Cookie("ENTENTE_LANG", language))
                .param("type", "OTHER")
                .param("domain", "TRAINING_EDUCATION")
                .param("leadNation", "MAR")
                .param("hostNation", "MAR")
                .param("costBearer", "MAR");
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private long activities(long plan) throws Exception {
        return count("workplans.activity where plan_id = " + plan);
    }

    /** Counted as the owner, whom row-level security does not filter. */
    private long count(String from) throws Exception {
        try (Connection connection = superuser.open();
                var statement = connection.createStatement();
                var rs = statement.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
