package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Forms that ask for nations offer them by name in the reader's language (issue 16: they asked for
 * "ISO 3166-1 alpha-3 codes, separated by commas"): a box per nation, its code only the value sent.
 */
@DemoApplicationTest
class NationChoicesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFormsOfferNationsByNameNotCodesToType() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        long committee = committeeId(transactions, sql, JOINT_COMMITTEE);
        for (String[] form : new String[][] {
            // The relabel form, opened from the committee page (committee20i: no longer in every view).
            {"/committees/" + committee + "?relabel=", "releasableTo"},
            {"/agreements/new", "parties"},
            {"/agreements/new", "releasableTo"},
            {"/committees/new", "parties"},
            {"/projects/new", "releasableTo"}
        }) {
            String html = mvc.perform(get(form[0]).session(planner).cookie(new Cookie("ENTENTE_LANG", "ar")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html)
                    .as(form[0])
                    .contains("type=\"checkbox\" name=\"" + form[1] + "\" value=\"FRA\"")
                    .contains("فرنسا")
                    .doesNotContain("ISO")
                    .doesNotContain("type=\"text\" name=\"" + form[1] + "\"")
                    .doesNotContain("id=\"" + form[1] + "\" name=\"" + form[1] + "\" type=\"text\"");
        }
    }

    /**
     * The filter of the relationship timeline, the one nation of a person or an organisation, and a
     * project's host and partner are chosen by name too (issue 16: "Nations (ISO codes)", and
     * three-letter boxes).
     */
    @Test
    void theTimelineFilterAndThePartnerFormsOfferNationsByName() throws Exception {
        String timeline = page("/timeline?nations=ISR,MAR", signIn(mvc, "liaison.isr"));
        assertThat(timeline)
                .contains("type=\"checkbox\" name=\"nations\" value=\"MAR\" checked")
                .contains("type=\"checkbox\" name=\"nations\" value=\"FRA\">")
                .contains("المغرب")
                .doesNotContain("ISO")
                .doesNotContain("id=\"nations\" name=\"nations\" type=\"text\"");
        MockHttpSession admin = signIn(mvc, "admin.mar");
        MockHttpSession planner = signIn(mvc, "planner.mar");
        for (String[] form : new String[][] {
            {"/people/new", "nation"},
            {"/organizations/new", "nation"},
            {"/projects/new", "hostNation"},
            {"/projects/new", "partnerNation"}
        }) {
            assertThat(page(form[0], form[0].startsWith("/projects") ? planner : admin))
                    .as(form[0] + " " + form[1])
                    .contains("<select id=\"" + form[1] + "\" name=\"" + form[1] + "\"")
                    .contains("<option value=\"FRA\">فرنسا</option>")
                    .doesNotContain("ISO")
                    .doesNotContain("name=\"" + form[1] + "\" type=\"text\"");
        }
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session).cookie(new Cookie("ENTENTE_LANG", "ar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
