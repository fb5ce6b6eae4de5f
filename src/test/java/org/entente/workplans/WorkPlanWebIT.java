package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.SignedInClients.json;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.support.SignedInClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The work plans' pages and API: need-to-know, optimistic locking, the table's htmx fragment. */
@DemoApplicationTest
class WorkPlanWebIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkPlans plans;

    @Autowired
    ApplicationContext context;

    WorkPlansFixture fx;

    SignedInClients clients;

    @BeforeEach
    void fixture() {
        fx = WorkPlansFixture.of(context);
        clients = new SignedInClients(mvc);
    }

    @Test
    void eachPartnerSeesItsOwnProgrammeOnlyAndTheTotalCountsOnlyThat() throws Exception {
        JsonNode liaison = json(clients.perform(get("/api/v1/workplans?size=200"), "liaison.isr"));
        assertThat(liaison.get("total").asLong()).isEqualTo(liaison.get("items").size());
        assertThat(liaison.get("items").valueStream())
                .allSatisfy(p ->
                        assertThat(p.get("parties").toString()).contains("ISR").doesNotContain("FRA"))
                .anySatisfy(p -> assertThat(p.get("committeeCode").asString()).isEqualTo("JMC-ISR-MAR"));

        JsonNode french = json(clients.perform(get("/api/v1/workplans?size=200"), "planner.fra"));
        // France's programme with Morocco only (other test classes may add plans to it in this
        // shared database: every one of them is that commission's, and the total counts only them).
        assertThat(french.get("total").asLong())
                .isEqualTo(french.get("items").size())
                .isPositive();
        assertThat(french.get("items").valueStream())
                .allSatisfy(p -> assertThat(p.get("committeeCode").asString()).isEqualTo("CMM-FRA-MAR"));

        // The internal assessment is CONFIDENTIAL // MAR: a restricted Moroccan reader does not count it.
        JsonNode viewer = json(clients.perform(get("/api/v1/workplans?size=200"), "viewer.mar"));
        assertThat(viewer.get("items").valueStream())
                .noneSatisfy(p -> assertThat(p.get("committeeCode").asString()).isEqualTo("PREP-MAR"));
        JsonNode planner = json(clients.perform(get("/api/v1/workplans?size=200"), "planner.mar"));
        assertThat(planner.get("items").valueStream())
                .anySatisfy(p -> assertThat(p.get("committeeCode").asString()).isEqualTo("PREP-MAR"));
    }

    @Test
    void theHostDashboardCountsOnlyWhatTheReaderMaySee() throws Exception {
        // Other test classes add plans to this shared database (a Morocco – Israel plan for 2026 by
        // the hold and resume test): each reader's dashboard counts exactly the 2026 plans its own
        // API list shows, and names no other programme's plan.
        String french = dashboard2026("planner.fra");
        assertThat(french)
                .contains(plans2026("planner.fra"))
                .contains("CMM-2026-")
                .doesNotContain("JMC-2026-");
        String liaison = dashboard2026("liaison.isr");
        assertThat(liaison)
                .contains(plans2026("liaison.isr"))
                .contains("JMC-2026-")
                .doesNotContain("CMM-2026-");
        assertThat(dashboard2026("planner.mar")).contains(plans2026("planner.mar"));
    }

    private String dashboard2026(String persona) throws Exception {
        return clients.perform(get("/workplans/dashboard?year=2026"), persona)
                .getResponse()
                .getContentAsString();
    }

    /** "1 plan ·" or "3 plans ·": how many 2026 plans the persona's API list holds. */
    private String plans2026(String persona) throws Exception {
        JsonNode list = json(clients.perform(get("/api/v1/workplans?size=200"), persona));
        long count = list.get("items")
                .valueStream()
                .filter(p -> p.get("year").asInt() == 2026)
                .count();
        assertThat(count).isPositive();
        return count + (count == 1 ? " plan ·" : " plans ·");
    }

    @Test
    void theDemoPlanIsSignedAtTheThirdSessionWithItsHashShown() throws Exception {
        JsonNode list = json(clients.perform(get("/api/v1/workplans?size=200"), "liaison.isr"));
        JsonNode plan = list.get("items")
                .valueStream()
                .filter(p -> p.get("year").asInt() == 2026)
                .findFirst()
                .orElseThrow();
        assertThat(plan.get("signedSession").asInt()).isEqualTo(3);
        assertThat(plan.get("activities").asInt()).isBetween(20, 30);
        String hash = plan.get("baselineSha256").asString();
        assertThat(hash).hasSize(64);
        String page = clients.perform(get("/workplans/" + plan.get("id").asLong()), "liaison.isr")
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(hash).contains("Joint Military Work Plan for 2026");
    }

    @Test
    void twoWritersNeverSilentlyOverwriteEachOther() throws Exception {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2032);
        long activity = fx.propose(PLANNER_MAR, plan, "Original", 1);
        String body = JSON.writeValueAsString(Map.of(
                "title", Map.of("en", "Changed"),
                "type", "STAFF_TALKS",
                "domain", "TRAINING_EDUCATION",
                "leadNation", "MAR",
                "hostNation", "ISR",
                "plannedQuarter", 2,
                "costBearer", "SHARED"));

        MvcResult read = clients.perform(get("/api/v1/activities/" + activity), "planner.isr");
        String etag = read.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();

        MvcResult missing = clients.perform(
                put("/api/v1/activities/" + activity)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                "planner.isr");
        assertThat(missing.getResponse().getStatus()).isEqualTo(428);
        assertThat(missing.getResponse().getContentType()).startsWith("application/problem+json");

        MvcResult first = clients.perform(
                put("/api/v1/activities/" + activity)
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                "planner.mar");
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getHeader("ETag")).isNotEqualTo(etag);

        MvcResult second = clients.perform(
                put("/api/v1/activities/" + activity)
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Changed", "Overwritten")),
                "planner.isr");
        assertThat(second.getResponse().getStatus()).isEqualTo(412);
        JsonNode problem = json(second);
        assertThat(problem.get("yourVersion").asString()).isEqualTo(etag);
        assertThat(problem.get("currentVersion").asString())
                .isEqualTo(first.getResponse().getHeader("ETag"));
        assertThat(problem.get("current").get("title").get("en").asString()).isEqualTo("Changed");
        assertThat(problem.get("yours").toString()).contains("Overwritten");
        assertThat(fx.activity(activity).title().values()).containsEntry("en", "Changed");
    }

    @Test
    void aFifthQuarterIsRefusedThroughTheApiByNameInTheCallersLanguage() throws Exception {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2032);
        MvcResult result = clients.perform(
                post("/api/v1/workplans/" + plan + "/activities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": {"fr": "Trop tard"}, "type": "OTHER", "domain": "TRAINING_EDUCATION",
                                 "leadNation": "MAR", "hostNation": "MAR", "plannedQuarter": 5, "costBearer": "MAR"}"""),
                "planner.mar",
                "fr");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        JsonNode errors = json(result).get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("plannedQuarter");
        assertThat(errors.get(0).get("message").asString()).contains("1 à 4");
        assertThat(fx.plan(plan).activities()).isZero();
    }

    @Test
    void theTableFiltersThroughHtmxWithoutTheWholePage() throws Exception {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2032);
        fx.propose(PLANNER_MAR, plan, "First quarter talks", 1);
        fx.propose(PLANNER_MAR, plan, "Third quarter visit", 3);
        String fragment = clients.perform(
                        get("/workplans/" + plan + "?quarter=3").header("HX-Request", "true"), "planner.mar")
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("id=\"plan-table\"")
                .contains("Third quarter visit");
        assertThat(fragment).doesNotContain("First quarter talks");
        String page = clients.perform(get("/workplans/" + plan), "planner.mar")
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<html").contains("First quarter talks").contains("Third quarter visit");
    }

    @Test
    void executingWithoutActualDatesIsRefusedOnThePageAndNamesTheField() throws Exception {
        var setting = fx.setting();
        long plan = fx.signedPlan(setting, 2032);
        long activity = fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"))
                .get(0)
                .id();
        MvcResult result = clients.perform(post("/activities/" + activity + "/execute"), "planner.mar");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString())
                .contains("Actual start: an executed activity needs its actual dates.");
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);
    }

    @Test
    void aDayThatDoesNotExistIsRefusedOnThePageWithTheWorkPlansWordsForADate() throws Exception {
        long plan = fx.signedPlan(fx.setting(), 2032);
        long activity = fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"))
                .get(0)
                .id();
        MvcResult result = clients.perform(
                post("/activities/" + activity + "/execute")
                        .param("actualStart", "2032-02-30")
                        .param("actualEnd", "2032-03-02"),
                "planner.mar");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString())
                .contains("Actual start: write a date as day, month and year, e.g. 8 December 2025, or as 2025-12-08.");
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);
    }

    @Test
    void datesTypedTheArabicReadersWayAreReadAsTheDaysTheyName() throws Exception {
        // An executed activity's dates are past days: a plan of a past year.
        long activity = firstActivity(2024);
        MvcResult result = executeInArabic(activity, "2 مارس 2024", "٤\u200F/٣\u200F/٢٠٢٤");
        assertThat(result.getResponse().getStatus()).isLessThan(400);
        assertThat(fx.activity(activity).actualStart()).isEqualTo(java.time.LocalDate.of(2024, 3, 2));
        assertThat(fx.activity(activity).actualEnd()).isEqualTo(java.time.LocalDate.of(2024, 3, 4));
    }

    @Test
    void aDayTypedInArabicThatDoesNotExistIsRefusedInArabicNamingTheFieldAndShownBackAsTyped() throws Exception {
        long activity = firstActivity(2032);
        MvcResult result = executeInArabic(activity, "30 فبراير 2032", "2 مارس 2032");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString())
                .contains("البداية الفعلية: اكتب تاريخًا باليوم والشهر والسنة")
                .contains("value=\"30 فبراير 2032\"")
                .contains("value=\"2 مارس 2032\"");
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.PLANNED);
    }

    /** Issue 15: the notice after a postponement says where the activity went, in the reader's language. */
    @Test
    void thePostponeNoticeNamesTheNewPeriodInTheReadersLanguage() throws Exception {
        long activity = firstActivity(2032);
        String code = fx.activity(activity).code();
        String english = postpone(activity, "en", "plannedStart", "2032-11-16", "plannedEnd", "2032-11-20");
        assertThat(english)
                .startsWith("Activity " + code + " is postponed to ")
                .contains("November")
                .contains("2032")
                .contains("16");
        assertThat(fx.activity(activity).status()).isEqualTo(ActivityStatus.POSTPONED);
        assertThat(postpone(activity, "ar", "plannedQuarter", "3"))
                .isEqualTo("أُجّل النشاط " + code + " إلى الربع 3 من 2032.");
        assertThat(postpone(activity, "fr", "plannedQuarter", "4"))
                .isEqualTo("L’activité " + code + " est reportée au T4 2032.");
        assertThat(postpone(activity, "he", "plannedStart", "2033-01-12", "plannedEnd", "2033-01-12"))
                .startsWith("הפעילות " + code + " נדחתה ל־")
                .contains("2033")
                .doesNotContain("2033-01-12");
        assertThat(fx.activity(activity).plannedStart()).isEqualTo(java.time.LocalDate.of(2033, 1, 12));
    }

    /**
     * Issue 15: a refused postponement or change of an activity comes back with each message beside
     * its field, in the reader's language, the field's input described by it; the change form lands
     * on its first refused field; nothing changed.
     */
    @Test
    void aRefusedPostponementOrChangeShowsEachMessageBesideItsFieldDescribedByIt() throws Exception {
        long activity = firstActivity(2032);
        var before = fx.activity(activity);
        MvcResult postponed = clients.perform(
                post("/activities/" + activity + "/postpone")
                        .param("reason.en", "The partner asked")
                        .param("plannedStart", "2040-01-01")
                        .param("plannedEnd", "2040-01-02"),
                "planner.mar",
                "ar");
        assertThat(postponed.getResponse().getStatus()).isEqualTo(422);
        String postponePage = postponed.getResponse().getContentAsString();
        assertThat(postponePage).containsPattern("<p class=\"field__error\" id=\"plannedStart-error\">[^<]*سنة الخطة");
        assertThat(postponePage)
                .containsPattern(
                        "<input id=\"pp-start\"[^>]*aria-describedby=\"pp-start-hint plannedStart-error\" aria-invalid=\"true\"");
        assertThat(fx.activity(activity).status()).isEqualTo(before.status());

        MvcResult changed = clients.perform(
                post("/activities/" + activity)
                        .param("version", Integer.toString(before.version()))
                        .param("title.en", "A changed title")
                        .param("type", "OTHER")
                        .param("domain", "TRAINING_EDUCATION")
                        .param("leadNation", "MAR")
                        .param("hostNation", "MAR")
                        .param("costBearer", "MAR")
                        .param("plannedStart", "2032-05-01")
                        .param("plannedEnd", "2040-05-02"),
                "planner.mar",
                "en");
        assertThat(changed.getResponse().getStatus()).isEqualTo(422);
        String changePage = changed.getResponse().getContentAsString();
        assertThat(changePage)
                .containsPattern("<p class=\"field__error\" id=\"plannedEnd-error\">[^<]*the plan’s year");
        assertThat(changePage)
                .containsPattern(
                        "<input id=\"plannedEnd\"[^>]*aria-describedby=\"plannedEnd-hint plannedEnd-error\" aria-invalid=\"true\" autofocus");
        assertThat(changePage).doesNotContain("id=\"plannedStart-error\"");
        assertThat(fx.activity(activity).version()).isEqualTo(before.version());
    }

    /**
     * A reason left empty (the multilingual fields of {@code form/texts.jte}) comes back with its
     * message beside it, and each of the reason's inputs is described by that message, as the
     * activity form's fields are: a screen reader reads why with the field. Nothing changed.
     */
    @Test
    void aRefusedReasonDescribesEachOfItsInputsByItsMessage() throws Exception {
        long activity = firstActivity(2032);
        var before = fx.activity(activity);
        MvcResult cancelled = clients.perform(post("/activities/" + activity + "/cancel"), "planner.mar", "ar");
        assertThat(cancelled.getResponse().getStatus()).isEqualTo(422);
        String page = cancelled.getResponse().getContentAsString();
        assertThat(page).containsPattern("<p class=\"field__error\" id=\"reason-error\">[^<]+</p>");
        for (String language : List.of("ar", "en", "fr", "he")) {
            assertThat(page)
                    .containsPattern("<input id=\"c-reason-" + language
                            + "\"[^>]*aria-describedby=\"reason-error\" aria-invalid=\"true\"");
        }
        assertThat(fx.activity(activity).status()).isEqualTo(before.status());
    }

    /** Postpones the activity from its page in that language, with a reason: answers the notice shown. */
    private String postpone(long activity, String language, String... period) throws Exception {
        var request = post("/activities/" + activity + "/postpone").param("reason.en", "The partner asked");
        for (int i = 0; i < period.length; i += 2) {
            request.param(period[i], period[i + 1]);
        }
        MvcResult result = clients.perform(request, "planner.mar", language);
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(302);
        return (String) result.getFlashMap().get("notice");
    }

    /** The first activity of a signed plan of that year, in a setting of its own. */
    private long firstActivity(int year) {
        long plan = fx.signedPlan(fx.setting(), year);
        return fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"))
                .get(0)
                .id();
    }

    /** Executes the activity from the Arabic page, its two date fields typed as given. */
    private MvcResult executeInArabic(long activity, String actualStart, String actualEnd) throws Exception {
        return clients.perform(
                post("/activities/" + activity + "/execute")
                        .param("actualStart", actualStart)
                        .param("actualEnd", actualEnd)
                        .param("_days", "actualStart", "actualEnd"),
                "planner.mar",
                "ar");
    }
}
