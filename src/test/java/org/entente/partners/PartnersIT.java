package org.entente.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each persona lists exactly the organizations and people released to it, in its language. */
@DemoApplicationTest
class PartnersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Persona → organizations, people it may read in the demo. */
    private static final Map<String, String> VISIBLE = new LinkedHashMap<>();

    // The demo's projects add an Israeli company, RESTRICTED // REL TO MAR, ISR. The people the
    // demo accounts belong to: all eight Moroccan-owned, four released to Israel, two to France;
    // the France – Morocco commission's two co-chairs, who head its delegations, released to France;
    // the United States – Morocco committee's two co-chairs, released to the United States.
    static {
        VISIBLE.put("viewer.mar", "10 15");
        VISIBLE.put("planner.mar", "10 15");
        VISIBLE.put("liaison.isr", "8 6");
        VISIBLE.put("planner.isr", "8 6");
        VISIBLE.put("planner.fra", "4 5");
    }

    /** Reads behind the access policy, to see what was stored. */
    private static final SystemSubject HOST = new SystemSubject("partners-it", "MAR", Classification.SECRET);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    // The records these tests create are SECRET: none of the personas counted above may read them.

    @Test
    void anAdministratorCreatesAndEditsAnOrganizationAndAPersonAudited() throws Exception {
        MockHttpSession admin = signIn(mvc, "admin.mar");
        String name = "Test unit " + System.nanoTime();
        mvc.perform(form(post("/organizations"), admin)
                        .param("nation", "MAR")
                        .param("kind", "UNIT")
                        .param("name.en", name)
                        .param("name.ar", "وحدة اختبار")
                        .param("abbreviation", "TU")
                        .param("classification", "SECRET"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/organizations?nation=MAR"));
        long organization = idOf("select id from partners.organization where name->>'en' = ?", name);
        assertThat(audited("partners.organization.create", organization)).isOne();
        mvc.perform(get("/organizations/" + organization + "/edit").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("lang=\"ar\" dir=\"rtl\"")));
        mvc.perform(form(post("/organizations/" + organization), admin)
                        .param("nation", "MAR")
                        .param("kind", "DIVISION")
                        .param("name.en", name)
                        .param("classification", "SECRET")
                        .param("releasableTo", "isr"))
                .andExpect(status().isFound());
        assertThat(textOf(
                        "select kind || ' ' || array_to_string(releasable_to, ',') from partners.organization where id = ?",
                        organization))
                .isEqualTo("DIVISION ISR");
        assertThat(sql.sql("select details->>'labelBefore' || ' > ' || (details->>'labelAfter') from audit.event"
                                + " where action = 'partners.organization.update' and object_id = ?")
                        .param(Long.toString(organization))
                        .query(String.class)
                        .single())
                .startsWith("SECRET")
                .endsWith(" > SECRET // REL TO MAR, ISR");

        String latin = "Test Person " + System.nanoTime();
        mvc.perform(form(post("/people"), admin)
                        .param("name.en", latin)
                        .param("name.ar", "شخص اختبار")
                        .param("nation", "MAR")
                        .param("organizationId", Long.toString(organization))
                        .param("rank.fr", "Colonel")
                        .param("classification", "SECRET"))
                .andExpect(status().isFound());
        long person = idOf("select id from partners.person where name ->> 'en' = ?", latin);
        assertThat(audited("partners.person.create", person)).isOne();
        mvc.perform(get("/people/" + person + "/edit").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(latin)));
        mvc.perform(form(post("/people/" + person), admin)
                        .param("name.en", latin)
                        .param("nation", "MAR")
                        .param("position.he", "ראש מחלקה")
                        .param("classification", "SECRET"))
                .andExpect(status().isFound());
        assertThat(audited("partners.person.update", person)).isOne();

        // The person's own page (the committee page links its members there): read, audited, need-to-know.
        mvc.perform(get("/people/" + person).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(latin)))
                .andExpect(content().string(Matchers.containsString("ראש מחלקה")));
        assertThat(audited("partners.person.read", person)).isOne();
        mvc.perform(get("/people/" + person).session(signIn(mvc, "planner.isr")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrganizationsPageShowsItsAttachments() throws Exception {
        MockHttpSession admin = signIn(mvc, "admin.mar");
        String name = "Attaching unit " + System.nanoTime();
        mvc.perform(form(post("/organizations"), admin)
                        .param("nation", "MAR")
                        .param("kind", "UNIT")
                        .param("name.fr", name)
                        .param("classification", "SECRET"))
                .andExpect(status().isFound());
        long organization = idOf("select id from partners.organization where name->>'fr' = ?", name);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mvc.perform(multipart("/attachments/organization/" + organization)
                        .file(new MockMultipartFile("file", "organigram.pdf", "application/pdf", pdf))
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/organizations/" + organization + "?attached#attachments"));
        mvc.perform(get("/organizations/" + organization).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("organigram.pdf")))
                .andExpect(content().string(Matchers.containsString("/attachments/organization/" + organization)));
        // Not released to the Moroccan planner (SECRET): as if it did not exist.
        mvc.perform(get("/organizations/" + organization).session(signIn(mvc, "planner.mar")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiCreatesAnOrganizationAndAPersonAndAnswersWithTheRecord() throws Exception {
        MockHttpSession admin = signIn(mvc, "admin.mar");
        String name = "API directorate " + System.nanoTime();
        String body = mvc.perform(json(post("/api/v1/organizations"), admin).content("""
                                {"nation": "MAR", "kind": "DIRECTORATE", "name": {"en": "%s", "he": "מנהלה"},
                                 "classification": "SECRET", "illustrative": true}""".formatted(name)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name.en").value(name))
                .andExpect(jsonPath("$.label.classification").value("SECRET"))
                .andExpect(jsonPath("$.illustrative").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long organization = JSON.readTree(body).get("id").asLong();
        mvc.perform(json(post("/api/v1/people"), admin).content("""
                                {"nation": "MAR", "organizationId": %d, "name": {"en": "API Person"},
                                 "position": {"fr": "Chef de bureau"}, "classification": "SECRET"}""".formatted(organization)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organizationId").value(organization))
                .andExpect(jsonPath("$.position.fr").value("Chef de bureau"));
    }

    @Test
    void eachBadFieldIsRefusedByNameInTheCallersLanguageAndNothingIsStored() throws Exception {
        long organizations = count("partners.organization");
        long people = count("partners.person");
        MockHttpSession planner = signIn(mvc, "planner.isr");
        mvc.perform(json(post("/api/v1/organizations"), planner)
                        .cookie(new Cookie("ENTENTE_LANG", "fr"))
                        .content("""
                                {"nation": "XXX", "parentId": 999999999, "kind": "BRIGADE", "name": {"en": " "},
                                 "classification": "SECRET", "releasableTo": ["ZZZ"]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(Matchers.containsInAnyOrder(
                                "nation", "parentId", "kind", "name", "classification", "releasableTo")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message")
                        .value(Matchers.hasItem("écrivez le nom dans au moins une langue.")));
        mvc.perform(json(post("/api/v1/people"), planner)
                        .content("{\"nation\": \"ISR\", \"classification\": \"UNCLASSIFIED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(form(post("/organizations"), planner)
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("nation", "ISR")
                        .param("kind", "UNIT")
                        .param("classification", "UNCLASSIFIED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Name: write the name in at least one language.")));
        mvc.perform(form(post("/people"), planner)
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .param("name.en", "Someone")
                        .param("nation", "Israel")
                        .param("classification", "UNCLASSIFIED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Nation: choose a nation from the list.")))
                .andExpect(content().string(Matchers.containsString("value=\"Someone\"")));
        // @Size's message is the bundles' default, in the reader's language, without naming a key.
        mvc.perform(form(post("/organizations"), planner)
                        .cookie(new Cookie("ENTENTE_LANG", "fr"))
                        .param("nation", "ISR")
                        .param("kind", "UNIT")
                        .param("name.fr", "Unité")
                        .param("abbreviation", "A".repeat(41))
                        .param("classification", "UNCLASSIFIED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("40 caractères au plus.")));
        assertThat(count("partners.organization")).isEqualTo(organizations);
        assertThat(count("partners.person")).isEqualTo(people);
    }

    @Test
    void aPartnerCannotEditTheHostsRecordsNorSeeThoseNotReleasedToIt() throws Exception {
        long ministry = idOf("select id from partners.organization where abbreviation = ?", "IMOD");
        MockHttpSession israeli = signIn(mvc, "planner.isr");
        // Released to Israel, but owned by Morocco: readable, not writable.
        mvc.perform(get("/organizations/" + ministry + "/edit").session(israeli))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/organizations/" + ministry), israeli)
                        .param("nation", "ISR")
                        .param("kind", "MINISTRY")
                        .param("name.en", "Renamed")
                        .param("classification", "UNCLASSIFIED"))
                .andExpect(status().isForbidden());
        assertThat(textOf("select name->>'en' from partners.organization where id = ?", ministry))
                .isEqualTo("Ministry of Defense");
        // Not released to France: as if it did not exist, on the page and as a parent.
        MockHttpSession french = signIn(mvc, "planner.fra");
        mvc.perform(get("/organizations/" + ministry + "/edit").session(french)).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/organizations"), french).content("""
                                {"nation": "ISR", "parentId": %d, "kind": "UNIT", "name": {"en": "Probe"},
                                 "classification": "UNCLASSIFIED"}""".formatted(ministry)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(get("/organizations/new").session(signIn(mvc, "viewer.mar")))
                .andExpect(status().isForbidden());
        // The lists offer editing only to the owner nation's writers.
        mvc.perform(get("/organizations").param("nation", "ISR").session(israeli))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/organizations/new")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/edit\""))));
        mvc.perform(get("/organizations").param("nation", "ISR").session(signIn(mvc, "planner.mar")))
                .andExpect(content().string(Matchers.containsString("/organizations/" + ministry + "/edit")));
    }

    @Test
    void eachPersonaListsOnlyTheOrganizationsAndPeopleReleasedToIt() throws Exception {
        for (var persona : VISIBLE.entrySet()) {
            String[] expected = persona.getValue().split(" ");
            MockHttpSession session = signIn(mvc, persona.getKey());
            JsonNode organizations = json(session, "/api/v1/organizations?size=200");
            JsonNode people = json(session, "/api/v1/people");
            assertThat(organizations.get("total").asLong())
                    .as("organizations of " + persona.getKey())
                    .isEqualTo(Long.parseLong(expected[0]));
            assertThat(organizations.get("items").size()).isEqualTo(Integer.parseInt(expected[0]));
            assertThat(people.get("total").asLong())
                    .as("people of " + persona.getKey())
                    .isEqualTo(Long.parseLong(expected[1]));
        }
    }

    @Test
    void aRecordCarriesItsIdLabelAndTextInEveryLanguage() throws Exception {
        JsonNode people = json(signIn(mvc, "liaison.isr"), "/api/v1/people");
        JsonNode head = people.get("items").get(0); // by nation: ISR before MAR
        assertThat(head.get("id").asLong()).isPositive();
        assertThat(head.get("label").get("banner").asString()).isEqualTo("UNCLASSIFIED // REL TO MAR, ISR");
        assertThat(head.get("position").get("ar").asString()).isNotBlank();
        assertThat(head.get("illustrative").asBoolean()).isTrue();
    }

    @Test
    void theIsraeliTreeReadsInHebrewWithKindsAndAbbreviations() throws Exception {
        mvc.perform(get("/organizations")
                        .param("nation", "ISR")
                        .session(signIn(mvc, "liaison.isr"))
                        .cookie(new Cookie("ENTENTE_LANG", "he")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("החטיבה לשיתוף פעולה בינלאומי")))
                .andExpect(content().string(Matchers.containsString("ICD")))
                .andExpect(content().string(Matchers.containsString("חטיבה")));
    }

    @Test
    void aFrenchPlannerSeesNeitherIsraelsTreeNorTheHeadsOfCooperation() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.fra");
        mvc.perform(get("/organizations").param("nation", "ISR").session(planner))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("IMOD"))));
        mvc.perform(get("/people").session(planner).cookie(new Cookie("ENTENTE_LANG", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Officier de liaison")))
                .andExpect(
                        content().string(Matchers.not(Matchers.containsString("International Cooperation Division"))));
        mvc.perform(get("/api/v1/people").session(planner))
                .andExpect(
                        jsonPath("$.items[*].label.banner").value(Matchers.hasItem("RESTRICTED // REL TO MAR, FRA")));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, MockHttpSession session) {
        return request.session(session).with(csrf());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, MockHttpSession session) {
        return request.session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON);
    }

    private long idOf(String query, String value) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql(query).param(value).query(Long.class).single());
    }

    private String textOf(String query, long id) {
        String text = inTransaction(
                transactions,
                HOST,
                () -> sql.sql(query).param(id).query(String.class).single());
        return text;
    }

    private long count(String table) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select count(*) from " + table).query(Long.class).single());
    }

    private long audited(String action, long id) {
        return sql.sql("select count(*) from audit.event where action = ? and object_id = ? and outcome = 'SUCCESS'")
                .param(action)
                .param(Long.toString(id))
                .query(Long.class)
                .single();
    }

    private JsonNode json(MockHttpSession session, String path) throws Exception {
        return JSON.readTree(mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
