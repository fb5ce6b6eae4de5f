package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.SignedInClients.json;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Deciding amendments with eyes open, on the pages and through the API: the proposer is told
 * where the proposal went, the other party reads the change field by field in their language,
 * rejects with a reason or approves after confirming; refusals name the field and change nothing.
 */
@DemoApplicationTest
class AmendmentWebIT {

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

    private MockHttpServletRequestBuilder proposal(long plan) {
        return post("/workplans/" + plan + "/activities")
                .param("title.ar", "دورة تدريبية في الإسعافات الميدانية")
                .param("city.ar", "بنسليمان")
                .param("type", "TRAINING_COURSE")
                .param("domain", "TRAINING_EDUCATION")
                .param("leadNation", "MAR")
                .param("hostNation", "MAR")
                .param("plannedQuarter", "3")
                .param("participants[ISR]", "4")
                .param("participants[MAR]", "10")
                .param("costBearer", "MAR");
    }

    @Test
    void aProposalIsRejectedWithAReasonThenProposedAgainAndApprovedAsTheProposers() throws Exception {
        long plan = fx.signedPlan(fx.setting(), 2033);

        MvcResult sent = clients.perform(proposal(plan), "planner.mar", "ar");
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/workplans/" + plan);
        assertThat(sent.getFlashMap().get("noticeLink")).isEqualTo("#amendment-1");
        assertThat((String) sent.getFlashMap().get("notice")).contains("إسرائيل");

        String page = clients.perform(get("/workplans/" + plan + "/amendments/1"), "planner.isr", "en")
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("New activity")
                .contains("دورة تدريبية في الإسعافات الميدانية")
                .contains("original in Arabic")
                .contains("بنسليمان")
                .contains("Proposed by Morocco (")
                .doesNotContain("(planner.mar)")
                .contains("id=\"reject-amendment\"");
        String planPage = clients.perform(get("/workplans/" + plan), "planner.isr", "en")
                .getResponse()
                .getContentAsString();
        assertThat(planPage)
                .contains("1 proposal awaits your approval.")
                .containsPattern("proposed by Morocco — awaiting \u2068?Israel\u2069?");

        MvcResult noReason = clients.perform(
                post("/workplans/" + plan + "/amendments/1/reject").param("reason.en", " "), "planner.isr", "en");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(noReason.getResponse().getContentAsString()).contains("Reason: give the reason for rejecting it.");
        assertThat(amendment(plan, 1).status()).isEqualTo(AmendmentStatus.PROPOSED);

        MvcResult own = clients.perform(
                post("/workplans/" + plan + "/amendments/1/reject").param("reason.en", "no"), "planner.mar", "en");
        assertThat(own.getResponse().getStatus()).isEqualTo(422);
        assertThat(amendment(plan, 1).status()).isEqualTo(AmendmentStatus.PROPOSED);

        MvcResult rejected = clients.perform(
                post("/workplans/" + plan + "/amendments/1/reject").param("reason.ar", "تتعارض التواريخ مع التمرين"),
                "planner.isr",
                "en");
        assertThat(rejected.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) rejected.getFlashMap().get("notice"))
                .isEqualTo("Amendment 1 rejected; Morocco is told why.");
        // Written in Arabic: read in Arabic as it is, read in English marked as Arabic, and in the API.
        assertThat(clients.perform(get("/workplans/" + plan + "/amendments/1"), "planner.mar", "ar")
                        .getResponse()
                        .getContentAsString())
                .contains("<bdi lang=\"ar\">تتعارض التواريخ مع التمرين</bdi></span>");
        assertThat(clients.perform(get("/workplans/" + plan + "/amendments/1"), "planner.mar", "en")
                        .getResponse()
                        .getContentAsString())
                .contains("<bdi lang=\"ar\">تتعارض التواريخ مع التمرين</bdi><small class=\"original-language\"")
                .contains(">(Arabic)</small>");
        assertThat(json(clients.perform(get("/api/v1/workplans/" + plan + "/amendments/1"), "planner.mar", "en"))
                        .get("reason")
                        .get("ar")
                        .asString())
                .isEqualTo("تتعارض التواريخ مع التمرين");

        // Proposed again from the rejected one: only by its proposer, once, and it says so (nego33).
        MvcResult notOwn = clients.perform(proposal(plan).param("answers", "1"), "planner.isr", "en");
        assertThat(notOwn.getResponse().getStatus()).isEqualTo(422);
        assertThat(notOwn.getResponse().getContentAsString())
                .contains("only the party that made the rejected proposal may propose it again.");
        MvcResult unknown = clients.perform(proposal(plan).param("answers", "9"), "planner.mar", "en");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(unknown.getResponse().getContentAsString())
                .contains("Proposal answered: the rejected proposal this answers is not one of this plan");
        assertThat(fx.as(PLANNER_MAR, () -> plans.amendmentsOf(PLANNER_MAR, plan)))
                .as("nothing proposed")
                .hasSize(1);
        assertThat(clients.perform(proposal(plan).param("answers", "1"), "planner.mar", "ar")
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(amendment(plan, 2).answers()).isEqualTo(1);
        assertThat(amendment(plan, 1).answeredBy()).isEqualTo(2);
        MvcResult twice = clients.perform(proposal(plan).param("answers", "1"), "planner.mar", "en");
        assertThat(twice.getResponse().getStatus()).isEqualTo(422);
        assertThat(twice.getResponse().getContentAsString())
                .contains("this rejected proposal has already been proposed again.");
        assertThat(fx.as(PLANNER_MAR, () -> plans.amendmentsOf(PLANNER_MAR, plan)))
                .as("nothing proposed")
                .hasSize(2);
        assertThat(clients.perform(get("/workplans/" + plan + "/amendments/2"), "planner.isr", "en")
                        .getResponse()
                        .getContentAsString())
                .contains("Answers the rejected proposal")
                .contains("href=\"/workplans/" + plan + "/amendments/1\"")
                .contains("تتعارض التواريخ مع التمرين");
        assertThat(clients.perform(get("/workplans/" + plan + "/amendments/1"), "planner.mar", "fr")
                        .getResponse()
                        .getContentAsString())
                .contains("Reprise dans la nouvelle proposition")
                .contains("href=\"/workplans/" + plan + "/amendments/2\"")
                .doesNotContain("id=\"propose-again\"");
        JsonNode answerJson =
                json(clients.perform(get("/api/v1/workplans/" + plan + "/amendments/2"), "planner.isr", "en"));
        assertThat(answerJson.get("answers").asInt()).isEqualTo(1);
        assertThat(json(clients.perform(get("/api/v1/workplans/" + plan + "/amendments/1"), "planner.isr", "en"))
                        .get("answeredBy")
                        .asInt())
                .isEqualTo(2);
        MvcResult unconfirmed =
                clients.perform(post("/workplans/" + plan + "/amendments/2/approve"), "planner.isr", "en");
        assertThat(unconfirmed.getResponse().getStatus()).isEqualTo(422);
        assertThat(amendment(plan, 2).status()).isEqualTo(AmendmentStatus.PROPOSED);

        MvcResult approved = clients.perform(
                post("/workplans/" + plan + "/amendments/2/approve").param("confirm", "yes"), "planner.isr", "en");
        assertThat(approved.getResponse().getStatus()).isEqualTo(302);
        ActivitySummary activity =
                fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code")).stream()
                        .filter(a -> Integer.valueOf(2).equals(a.amendmentNumber()))
                        .findFirst()
                        .orElseThrow();
        assertThat(activity.proposedBy()).isEqualTo("MAR");
        assertThat(activity.label().owner()).isEqualTo("MAR");
        assertThat(activity.city().values()).containsEntry("ar", "بنسليمان");
        assertThat(activity.participants()).isEqualTo(Map.of("ISR", 4, "MAR", 10));
    }

    @Test
    void theApiTakesAProposalToASignedPlanAsAnAmendmentAndDecidesIt() throws Exception {
        long plan = fx.signedPlan(fx.setting(), 2033);
        String body = """
                {"title": {"ar": "زيارة تبادلية"}, "city": {"ar": "بنسليمان"}, "type": "EXCHANGE_VISIT",
                 "domain": "TRAINING_EDUCATION", "leadNation": "MAR", "hostNation": "MAR", "plannedQuarter": 4,
                 "participants": {"ISR": 3}, "costBearer": "SHARED"}""";
        MvcResult accepted = clients.perform(
                post("/api/v1/workplans/" + plan + "/activities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                "planner.mar",
                "en");
        assertThat(accepted.getResponse().getStatus()).isEqualTo(202);
        String location = accepted.getResponse().getHeader("Location");
        assertThat(location).isEqualTo("/api/v1/workplans/" + plan + "/amendments/1");
        assertThat(fx.plan(plan).activities())
                .as("nothing enters the signed plan yet")
                .isEqualTo(1);

        MvcResult read = clients.perform(get(location), "planner.isr", "en");
        String etag = read.getResponse().getHeader("ETag");
        assertThat(json(read).get("proposedBy").asString()).isEqualTo("MAR");
        assertThat(json(read).get("changes").get("city").get("ar").asString()).isEqualTo("بنسليمان");
        // The proposer is a person of a nation, never a login (issue 15).
        assertThat(json(read).get("proposer").get("nation").asString()).isEqualTo("MAR");
        assertThat(json(read).get("proposer").has("name")).isTrue();
        assertThat(json(read).get("decider").isNull()).isTrue();
        assertThat(read.getResponse().getContentAsString()).doesNotContain("planner.mar");

        MvcResult own = clients.perform(post(location + "/approval"), "planner.mar", "en");
        assertThat(own.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(own).get("errors").get(0).get("field").asString()).isEqualTo("amendment");

        MvcResult noReason = clients.perform(
                post(location + "/rejection")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                "planner.isr",
                "fr");
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(json(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(json(noReason).get("errors").get(0).get("message").asString())
                .contains("motif du rejet");

        MvcResult stale =
                clients.perform(post(location + "/approval").header("If-Match", "\"99\""), "planner.isr", "en");
        assertThat(stale.getResponse().getStatus()).isEqualTo(412);
        assertThat(amendment(plan, 1).status()).isEqualTo(AmendmentStatus.PROPOSED);

        MvcResult approved =
                clients.perform(post(location + "/approval").header("If-Match", etag), "planner.isr", "en");
        assertThat(approved.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(approved).get("status").asString()).isEqualTo("APPROVED");
        assertThat(json(approved).get("decidedBy").asString()).isEqualTo("ISR");
        assertThat(json(approved).get("decider").get("nation").asString()).isEqualTo("ISR");
        assertThat(approved.getResponse().getContentAsString())
                .doesNotContain("planner.isr")
                .doesNotContain("planner.mar");

        MvcResult twice = clients.perform(post(location + "/approval"), "planner.isr", "en");
        assertThat(twice.getResponse().getStatus()).isEqualTo(422);

        JsonNode list = json(clients.perform(get("/api/v1/workplans/" + plan + "/amendments"), "planner.isr", "en"));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(fx.plan(plan).activities()).isEqualTo(2);
    }

    @Test
    void aChangeToAnActivityOfASignedPlanOnItsPageBecomesAnAmendment() throws Exception {
        long plan = fx.signedPlan(fx.setting(), 2034);
        ActivitySummary signed =
                fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code")).stream()
                        .findFirst()
                        .orElseThrow();
        var change = post("/activities/" + signed.id())
                .param("title.en", "Signed activity, moved")
                .param("type", "TRAINING_COURSE")
                .param("domain", "TRAINING_EDUCATION")
                .param("leadNation", "MAR")
                .param("hostNation", "MAR")
                .param("plannedQuarter", "4")
                .param("costBearer", "MAR")
                .param("version", Integer.toString(signed.version()));

        MvcResult sent = clients.perform(change, "planner.mar", "en");

        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/workplans/" + plan + "/amendments/1");
        assertThat((String) sent.getFlashMap().get("notice")).isEqualTo("Amendment 1 sent to Israel for approval.");
        assertThat(amendment(plan, 1).activityId()).isEqualTo(signed.id());
        assertThat(fx.activity(signed.id()).plannedQuarter())
                .as("the signed plan changes only once the other party approves")
                .isEqualTo(signed.plannedQuarter());
    }

    private AmendmentSummary amendment(long plan, int number) {
        return fx.as(
                PLANNER_MAR, () -> plans.amendment(PLANNER_MAR, plan, number).orElseThrow());
    }
}
