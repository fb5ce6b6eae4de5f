package org.entente.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.identity.Accounts;
import org.entente.identity.NewAccount;
import org.entente.shared.Classification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects end to end through the API and the pages: lateness told against today, the roll-up,
 * bad input refused by field with nothing stored, and need-to-know on the demo's projects. Changes
 * are made on projects of the test's own (Morocco – Spain, released to Spain only), so that the
 * demo's counts stay as they are.
 */
@DemoApplicationTest
class ProjectsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient sql;

    MockHttpSession planner;
    long project;

    @BeforeEach
    void aProjectOfTheTestsOwn() throws Exception {
        planner = signIn(mvc, "planner.mar");
        JsonNode created =
                json(api(post("/api/v1/projects"), planner, """
                        {"title": {"en": "Test workshop", "fr": "Atelier d’essai"},
                         "hostNation": "MAR", "partnerNation": "ESP", "site": {"en": "Kenitra"},
                         "domain": "DEFENCE_INDUSTRY", "start": "%s", "plannedEnd": "%s", "status": "ACTIVE",
                         "responsible": {"MAR": {"en": "Test officer", "ar": "ضابط الاختبار"}},
                         "classification": "RESTRICTED", "releasableTo": ["ESP"]}""".formatted(TODAY.minusYears(1), TODAY.plusYears(1)))
                        .andExpect(status().isCreated()));
        project = created.get("id").asLong();
        assertThat(created.get("label").get("banner").asString()).isEqualTo("RESTRICTED // REL TO MAR, ESP");
    }

    @Test
    void aMilestoneStillPlannedAfterItsDayIsLateAndTheProgressRollsUpMilestonesAndMeasures() throws Exception {
        long achieved = milestone("Achieved one", TODAY.minusDays(60));
        long late = milestone("Late one", TODAY.minusDays(30));
        milestone("Coming one", TODAY.plusDays(30));
        api(
                        put("/api/v1/projects/" + project + "/milestones/" + achieved),
                        planner,
                        "{\"status\": \"ACHIEVED\", \"actualDate\": \"%s\"}".formatted(TODAY.minusDays(61)))
                .andExpect(status().isOk());
        // At risk is recorded, but once its day has passed the milestone is late all the same.
        JsonNode atRisk = json(api(
                        put("/api/v1/projects/" + project + "/milestones/" + late),
                        planner,
                        "{\"status\": \"AT_RISK\", \"note\": {\"en\": \"supplier\"}}")
                .andExpect(status().isOk()));
        assertThat(atRisk.get("status").asString()).isEqualTo("LATE");
        assertThat(atRisk.get("note").get("en").asString()).isEqualTo("supplier");
        assertThat(atRisk.get("note").has("ar")).isFalse();

        JsonNode one = read(project);
        assertThat(statuses(one)).containsExactly("ACHIEVED", "LATE", "PLANNED");
        assertThat(one.get("progress").get("milestones").asInt()).isEqualTo(33);
        assertThat(one.get("progress").get("commitments").isNull()).isTrue();
        assertThat(one.get("progress").get("late").asInt()).isEqualTo(1);
        assertThat(one.get("progress").get("percent").asInt()).isEqualTo(33);
        assertThat(lateProjectIds()).contains(project);

        api(
                        post("/api/v1/projects/" + project + "/kpis"),
                        planner,
                        "{\"kpi\": \"ENGINEERS\", \"date\": \"%s\", \"target\": \"10\", \"actual\": \"5\"}"
                                .formatted(TODAY.minusDays(1)))
                .andExpect(status().isCreated());
        // (1/3 + 5/10) / 2 = 41.7 %
        assertThat(read(project).get("progress").get("percent").asInt()).isEqualTo(42);

        api(
                        put("/api/v1/projects/" + project + "/milestones/" + late),
                        planner,
                        "{\"status\": \"ACHIEVED\", \"actualDate\": \"%s\"}".formatted(TODAY))
                .andExpect(status().isOk());
        one = read(project);
        assertThat(statuses(one)).containsExactly("ACHIEVED", "ACHIEVED", "PLANNED");
        assertThat(one.get("progress").get("late").asInt()).isZero();
        assertThat(one.get("progress").get("percent").asInt()).isEqualTo(58);
        assertThat(lateProjectIds()).doesNotContain(project);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        long milestone = milestone("To be achieved", TODAY.minusDays(10));
        JsonNode before = read(project);

        assertRefused(
                api(
                        put("/api/v1/projects/" + project + "/milestones/" + milestone),
                        planner,
                        "{\"status\": \"ACHIEVED\", \"actualDate\": \"%s\"}".formatted(TODAY.plusDays(1))),
                "actualDate");
        assertRefused(
                api(
                        post("/api/v1/projects/" + project + "/kpis"),
                        planner,
                        "{\"kpi\": \"LOCAL_CONTENT\", \"date\": \"%s\", \"target\": \"40\", \"actual\": \"140\"}"
                                .formatted(TODAY)),
                "actual");
        assertRefused(
                api(
                        post("/api/v1/projects/" + project + "/kpis"),
                        planner,
                        "{\"kpi\": \"TECHNICIANS\", \"date\": \"%s\", \"target\": \"-3\", \"actual\": \"2\"}"
                                .formatted(TODAY)),
                "target");
        assertRefused(
                api(
                        post("/api/v1/projects/" + project + "/milestones"),
                        planner,
                        "{\"title\": {\"en\": \"Too late\"}, \"plannedDate\": \"%s\"}".formatted(TODAY.plusYears(2))),
                "plannedDate");
        // A note is multilingual like a title: an override in any form, or a form over the limit, is refused by name.
        assertRefused(
                api(
                        put("/api/v1/projects/" + project + "/milestones/" + milestone),
                        planner,
                        "{\"status\": \"AT_RISK\", \"note\": {\"ar\": \"\u202Bالمورد\"}}"),
                "note");
        assertRefused(
                api(
                        post("/api/v1/projects/" + project + "/kpis"),
                        planner,
                        "{\"kpi\": \"ENGINEERS\", \"date\": \"%s\", \"target\": \"4\", \"actual\": \"2\", \"note\": {\"he\": \"%s\"}}"
                                .formatted(TODAY, "ה".repeat(2_001))),
                "note");
        assertRefused(
                api(
                        post("/api/v1/projects"),
                        planner,
                        "{\"title\": {}, \"hostNation\": \"MAR\", \"partnerNation\": \"MAR\", \"start\": \"2026-01-01\","
                                + " \"plannedEnd\": \"2025-01-01\", \"status\": \"ACTIVE\", \"classification\": \"SECRET\"}"),
                "title",
                "partnerNation",
                "plannedEnd",
                "classification");
        assertThat(read(project)).isEqualTo(before);

        // The same refusals through the pages: 422, the field named in the user's language, nothing stored.
        String page = mvc.perform(post("/projects/" + project + "/kpis")
                        .session(planner)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("kpi", "LOCAL_CONTENT")
                        .param("date", TODAY.toString())
                        .param("target", "40")
                        .param("actual", "140"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Actual: A percentage goes from 0 to 100.");
        page = mvc.perform(post("/projects/" + project + "/milestones/" + milestone)
                        .session(planner)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("status", "ACHIEVED")
                        .param("actualDate", TODAY.plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Date achieved: The date cannot be in the future.");
        assertThat(read(project)).isEqualTo(before);
    }

    @Test
    void eachSidesResponsibleIsMultilingualShownInTheReadersLanguageAndAnOverrideIsRefusedByName() throws Exception {
        JsonNode before = read(project);
        assertThat(before.get("responsible").get("MAR").get("ar").asString()).isEqualTo("ضابط الاختبار");
        assertThat(before.get("responsible").get("MAR").get("en").asString()).isEqualTo("Test officer");
        String arabic = inArabic("/projects/" + project);
        assertThat(arabic).contains("ضابط الاختبار").doesNotContain("Test officer");
        // The form lists the reader's language first: Arabic before English.
        String form = inArabic("/projects/" + project + "/edit");
        assertThat(form.indexOf("id=\"responsibleHost-ar\""))
                .isPositive()
                .isLessThan(form.indexOf("id=\"responsibleHost-en\""));
        // An override in any language's form is refused naming the side (the pages' edge refuses it first, 400).
        assertRefused(
                api(post("/api/v1/projects"), planner, """
                        {"title": {"en": "Overridden"}, "hostNation": "MAR", "partnerNation": "ESP",
                         "start": "%s", "plannedEnd": "%s", "status": "ACTIVE",
                         "responsible": {"MAR": {"en": "Officer"}, "ESP": {"ar": "\u202Bمدير"}},
                         "classification": "RESTRICTED"}""".formatted(TODAY.minusYears(1), TODAY.plusYears(1))),
                "responsiblePartner");
        assertThat(read(project)).isEqualTo(before);
    }

    @Test
    void aCompletedProjectTakesNoNewMilestoneAndStaysAsItWas() throws Exception {
        long completed = json(api(post("/api/v1/projects"), planner, """
                        {"title": {"en": "Completed workshop"}, "hostNation": "MAR", "partnerNation": "ESP",
                         "site": {"en": "Kenitra"}, "start": "%s", "plannedEnd": "%s", "status": "COMPLETED",
                         "classification": "RESTRICTED", "releasableTo": ["ESP"]}""".formatted(
                                        TODAY.minusYears(1), TODAY.minusDays(1)))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        assertRefused(
                api(
                        post("/api/v1/projects/" + completed + "/milestones"),
                        planner,
                        "{\"title\": {\"en\": \"After the end\"}, \"plannedDate\": \"%s\"}"
                                .formatted(TODAY.minusDays(10))),
                "status");
        assertThat(read(completed).get("milestones")).isEmpty();
    }

    @Test
    void theProjectFormComesBackAsTypedWithEachFieldNamedAndWhoMayNotWriteIsRefusedFirst() throws Exception {
        long before = json(mvc.perform(get("/api/v1/projects").session(planner)))
                .get("total")
                .asLong();
        String page = refusedInEnglish(
                projectForm().param("title.en", "T".repeat(301)).param("title.fr", "Atelier gardé tel que tapé"));
        assertThat(page)
                .contains("<a href=\"#title\">Title: at most 300 characters.</a>")
                .contains("value=\"Atelier gardé tel que tapé\"");
        // A company is a number: anything else is refused by name (Spring validates no further then).
        page = mvc.perform(post("/projects/" + project)
                        .session(planner)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("title.en", "Test workshop")
                        .param("companies", "not a number"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<a href=\"#companies\">Companies: this value is not valid.</a>");
        // The rules of the record, through the same form: a partner that is the host.
        page = mvc.perform(post("/projects")
                        .session(planner)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("title.en", "Twice Morocco")
                        .param("hostNation", "MAR")
                        .param("partnerNation", "MAR")
                        .param("start", TODAY.toString())
                        .param("plannedEnd", TODAY.plusYears(1).toString())
                        .param("status", "PLANNED")
                        .param("classification", "RESTRICTED"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<a href=\"#partnerNation\">Partner nation: ");
        // Who may not change the project learns that (403), not what the form lacks.
        mvc.perform(post("/projects/" + project)
                        .session(signIn(mvc, "viewer.mar"))
                        .with(csrf())
                        .param("title.en", "T".repeat(301)))
                .andExpect(status().isForbidden());
        assertThat(read(project).get("title").get("en").asString()).isEqualTo("Test workshop");
        assertThat(json(mvc.perform(get("/api/v1/projects").session(planner)))
                        .get("total")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void refusalsAreAuditedNamingWhatWasTried() throws Exception {
        long milestone = milestone("Audited", TODAY.plusDays(10));
        String id = Long.toString(project);
        long before = denied("projects.project.update", id, "access.ownerNationOnly");
        // Spain may read the project (released to it) but not change it: 403, the action named.
        MockHttpSession spanish = reader("projects.esp", "ESP");
        mvc.perform(post("/projects/" + project).session(spanish).with(csrf()).param("title.en", "Not mine"))
                .andExpect(status().isForbidden());
        assertThat(denied("projects.project.update", id, "access.ownerNationOnly"))
                .isEqualTo(before + 1);
        before = denied("projects.milestone.record", id, "access.ownerNationOnly");
        api(put("/api/v1/projects/" + project + "/milestones/" + milestone), spanish, "{\"status\": \"DROPPED\"}")
                .andExpect(status().isForbidden());
        assertThat(denied("projects.milestone.record", id, "access.ownerNationOnly"))
                .isEqualTo(before + 1);
        // France may not know it exists: 404, as for none, and the try recorded.
        MockHttpSession french = signIn(mvc, "planner.fra");
        before = denied("projects.kpi.record", id, "access.notReadable");
        mvc.perform(post("/projects/" + project + "/kpis").session(french).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(denied("projects.kpi.record", id, "access.notReadable")).isEqualTo(before + 1);
        before = denied("projects.project.read", id, "access.notReadable");
        mvc.perform(get("/api/v1/projects/" + project).session(french)).andExpect(status().isNotFound());
        assertThat(denied("projects.project.read", id, "access.notReadable")).isEqualTo(before + 1);
        assertThat(statuses(read(project))).containsExactly("PLANNED");
    }

    @Test
    void needToKnowTheIsraeliLiaisonSeesBenslimaneAndTheFrenchPlannerDoesNot() throws Exception {
        MockHttpSession liaison = signIn(mvc, "liaison.isr");
        MockHttpSession french = signIn(mvc, "planner.fra");
        JsonNode israeli =
                json(mvc.perform(get("/api/v1/projects").session(liaison)).andExpect(status().isOk()));
        assertThat(israeli.get("total").asInt()).isEqualTo(1);
        JsonNode benslimane = israeli.get("items").get(0);
        assertThat(benslimane.get("title").get("en").asString())
                .isEqualTo("Unmanned aerial systems plant in Benslimane");
        assertThat(benslimane.get("label").get("banner").asString()).isEqualTo("RESTRICTED // REL TO MAR, ISR");
        long id = benslimane.get("id").asLong();

        JsonNode frenchList =
                json(mvc.perform(get("/api/v1/projects").session(french)).andExpect(status().isOk()));
        assertThat(frenchList.get("total").asInt()).isEqualTo(1);
        assertThat(frenchList.get("items").get(0).get("label").get("banner").asString())
                .isEqualTo("RESTRICTED // REL TO MAR, FRA");
        mvc.perform(get("/projects/" + id).session(french)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + id).session(french))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/projects/" + id + "/report").session(french)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/projects").session(french).cookie(new Cookie("ENTENTE_LANG", "en")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Benslimane");
        assertThat(mvc.perform(get("/timeline?nations=ISR,MAR").session(french))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("timeline__item--milestone");

        // The liaison reads it, with its milestones on the relationship timeline, but may not change it.
        mvc.perform(get("/projects/" + id).session(liaison)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/timeline?nations=ISR,MAR").session(liaison))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("timeline__item--milestone");
        api(
                        post("/api/v1/projects/" + id + "/milestones"),
                        liaison,
                        "{\"title\": {\"en\": \"Not mine\"}, \"plannedDate\": \"2026-01-01\"}")
                .andExpect(status().isForbidden());
        // The test's own project, released to Spain only, is no one else's to know.
        mvc.perform(get("/api/v1/projects/" + project).session(liaison)).andExpect(status().isNotFound());
    }

    @Test
    void aWiderReleaseCarriesToTheMilestonesAndMeasuresAndIsAudited() throws Exception {
        milestone("Shared later", TODAY.minusDays(5));
        MockHttpSession american = reader("projects.usa", "USA");
        mvc.perform(get("/api/v1/projects/" + project).session(american)).andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + project)
                        .session(planner)
                        .with(csrf())
                        .param("title.en", "Test workshop")
                        .param("hostNation", "MAR")
                        .param("partnerNation", "ESP")
                        .param("start", TODAY.minusYears(1).toString())
                        .param("plannedEnd", TODAY.plusYears(1).toString())
                        .param("status", "ACTIVE")
                        .param("classification", "RESTRICTED")
                        .param("releasableTo", "ESP, USA"))
                .andExpect(status().isFound());
        JsonNode seen = json(mvc.perform(get("/api/v1/projects/" + project).session(american))
                .andExpect(status().isOk()));
        assertThat(seen.get("label").get("banner").asString()).isEqualTo("RESTRICTED // REL TO MAR, ESP, USA");
        assertThat(seen.get("milestones")).hasSize(1);
        assertThat(seen.get("milestones").get(0).get("label").get("banner").asString())
                .isEqualTo("RESTRICTED // REL TO MAR, ESP, USA");
        // The American reader reads it now, but only Morocco's planners change Morocco's project.
        mvc.perform(get("/projects/" + project + "/edit").session(american)).andExpect(status().isForbidden());
    }

    @Test
    void theListsFiltersAnswerOnlyTheTableToHtmx() throws Exception {
        milestone("Overdue", TODAY.minusDays(3));
        String fragment = mvc.perform(get("/projects?late=1").session(planner).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment.strip()).startsWith("<div id=\"project-rows\">").doesNotContain("<html");
        assertThat(fragment).contains("/projects/" + project + "\"");
    }

    @Test
    void evidenceIsAttachedWithTheMilestonesLabelAndARefusedFileLeavesTheMilestoneAsItWas() throws Exception {
        long milestone = milestone("Proved", TODAY.minusDays(2));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        JsonNode stored = json(mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "proof.pdf", "application/pdf", pdf))
                        .param("recordType", "milestone")
                        .param("recordId", Long.toString(milestone))
                        .session(planner)
                        .with(csrf()))
                .andExpect(status().isCreated()));
        assertThat(stored.get("label").get("banner").asString()).isEqualTo("RESTRICTED // REL TO MAR, ESP");
        mvc.perform(get("/api/v1/attachments")
                        .param("recordType", "milestone")
                        .param("recordId", Long.toString(milestone))
                        .session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isNotFound());

        // Achieved with a file that is no PDF: refused, and the milestone is not achieved either.
        mvc.perform(multipart("/projects/" + project + "/milestones/" + milestone)
                        .file(new MockMultipartFile(
                                "evidence",
                                "fake.pdf",
                                "application/pdf",
                                "not a pdf".getBytes(StandardCharsets.US_ASCII)))
                        .param("status", "ACHIEVED")
                        .param("actualDate", TODAY.toString())
                        .session(planner)
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(statuses(read(project))).containsExactly("LATE");
        // With a real one, both are kept.
        mvc.perform(multipart("/projects/" + project + "/milestones/" + milestone)
                        .file(new MockMultipartFile("evidence", "certificate.pdf", "application/pdf", pdf))
                        .param("status", "ACHIEVED")
                        .param("actualDate", TODAY.toString())
                        .session(planner)
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(statuses(read(project))).containsExactly("ACHIEVED");
        JsonNode files = json(mvc.perform(get("/api/v1/attachments")
                        .param("recordType", "milestone")
                        .param("recordId", Long.toString(milestone))
                        .session(planner))
                .andExpect(status().isOk()));
        assertThat(files.get("total").asInt()).isEqualTo(2);
    }

    private long milestone(String title, LocalDate planned) throws Exception {
        api(
                        post("/api/v1/projects/" + project + "/milestones"),
                        planner,
                        "{\"title\": {\"en\": \"%s\"}, \"plannedDate\": \"%s\"}".formatted(title, planned))
                .andExpect(status().isCreated());
        JsonNode one = read(project);
        List<Long> ids = new ArrayList<>();
        one.get("milestones").forEach(m -> {
            if (m.get("title").get("en").asString().equals(title)) {
                ids.add(m.get("id").asLong());
            }
        });
        return ids.get(0);
    }

    /** A RESTRICTED reader of the nation, without any role, signed in. */
    private MockHttpSession reader(String username, String nation) throws Exception {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(
                    username,
                    "a long enough pass phrase",
                    nation,
                    Classification.RESTRICTED,
                    "en",
                    false,
                    false,
                    false));
        }
        return signIn(mvc, username, "a long enough pass phrase");
    }

    private long denied(String action, String objectId, String reason) {
        return sql.sql("select count(*) from audit.event where action = ? and object_id = ? and outcome = 'DENIED'"
                        + " and details->>'reason' = ?")
                .param(action)
                .param(objectId)
                .param(reason)
                .query(Long.class)
                .single();
    }

    private JsonNode read(long id) throws Exception {
        return json(mvc.perform(get("/api/v1/projects/" + id).session(planner)).andExpect(status().isOk()));
    }

    private List<Long> lateProjectIds() throws Exception {
        List<Long> ids = new ArrayList<>();
        json(mvc.perform(get("/api/v1/projects?late=true").session(planner)))
                .get("items")
                .forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    private static List<String> statuses(JsonNode project) {
        List<String> statuses = new ArrayList<>();
        project.get("milestones").forEach(m -> statuses.add(m.get("status").asString()));
        return statuses;
    }

    /** The test's project's form, posted with its host, partner, dates, status and marking (the rest to add). */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder projectForm() {
        return post("/projects/" + project)
                .param("hostNation", "MAR")
                .param("partnerNation", "ESP")
                .param("start", TODAY.minusYears(1).toString())
                .param("plannedEnd", TODAY.plusYears(1).toString())
                .param("status", "ACTIVE")
                .param("classification", "RESTRICTED");
    }

    /** A page as the planner reads it in Arabic. */
    private String inArabic(String path) throws Exception {
        return mvc.perform(get(path).session(planner).cookie(new Cookie("ENTENTE_LANG", "ar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The page a form posted in English comes back as, refused (422). */
    private String refusedInEnglish(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form)
            throws Exception {
        return mvc.perform(form.session(planner).with(csrf()).cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static void assertRefused(ResultActions result, String... fields) throws Exception {
        JsonNode problem = json(result.andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(e -> {
            named.add(e.get("field").asString());
            assertThat(e.get("message").asString()).isNotBlank();
        });
        assertThat(named).containsExactlyInAnyOrder(fields);
    }

    private ResultActions api(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            MockHttpSession session,
            String body)
            throws Exception {
        return mvc.perform(request.session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static JsonNode json(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
