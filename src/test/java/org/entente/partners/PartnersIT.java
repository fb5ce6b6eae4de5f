package org.entente.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each persona lists exactly the organizations and people released to it, in its language. */
@DemoApplicationTest
class PartnersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Persona → organizations, people it may read in the demo. */
    private static final Map<String, String> VISIBLE = new LinkedHashMap<>();

    static {
        VISIBLE.put("viewer.mar", "9 3");
        VISIBLE.put("planner.mar", "9 3");
        VISIBLE.put("liaison.isr", "7 2");
        VISIBLE.put("planner.isr", "7 2");
        VISIBLE.put("planner.fra", "4 1");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void eachPersonaListsOnlyTheOrganizationsAndPeopleReleasedToIt() throws Exception {
        for (var persona : VISIBLE.entrySet()) {
            String[] expected = persona.getValue().split(" ");
            MockHttpSession session = signIn(persona.getKey());
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
        JsonNode people = json(signIn("liaison.isr"), "/api/v1/people");
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
                        .session(signIn("liaison.isr"))
                        .cookie(new Cookie("ENTENTE_LANG", "he")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("החטיבה לשיתוף פעולה בינלאומי")))
                .andExpect(content().string(Matchers.containsString("ICD")))
                .andExpect(content().string(Matchers.containsString("חטיבה")));
    }

    @Test
    void aFrenchPlannerSeesNeitherIsraelsTreeNorTheHeadsOfCooperation() throws Exception {
        MockHttpSession planner = signIn("planner.fra");
        mvc.perform(get("/organizations").param("nation", "ISR").session(planner))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("IMOD"))));
        mvc.perform(get("/people").session(planner).cookie(new Cookie("ENTENTE_LANG", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Officier de liaison")))
                .andExpect(
                        content().string(Matchers.not(Matchers.containsString("International Cooperation Division"))));
        mvc.perform(get("/api/v1/people").session(planner))
                .andExpect(jsonPath("$.items[0].label.banner").value("RESTRICTED // REL TO MAR, FRA"));
    }

    private JsonNode json(MockHttpSession session, String path) throws Exception {
        return JSON.readTree(mvc.perform(get(path).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password("Entente-Demo-2026"))
                .andReturn()
                .getRequest()
                .getSession();
    }
}
