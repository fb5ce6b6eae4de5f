package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.DemoApplicationTest;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** Relabelling: who may, what is refused, and that the change counts on the very next request. */
@DemoApplicationTest
class RelabelIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @Autowired
    CommitteeRoles roles;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    long committee;

    @BeforeEach
    void aMoroccanWorkingGroupNotYetReleasedToIsrael() {
        committee = inTransaction(transactions, HOST, () -> {
            long id = committees.add(new NewCommittee(
                    "TEST-" + UUID.randomUUID().toString().substring(0, 8),
                    CommitteeKind.WORKING_GROUP,
                    LocalizedText.of("en", "Relabel test group"),
                    List.of("ISR", "MAR"),
                    null,
                    true,
                    new Label(Classification.RESTRICTED, "MAR", Set.of())));
            roles.grant("planner.mar", id, CommitteeRole.PLANNER);
            roles.grant("planner.isr", id, CommitteeRole.PLANNER);
            return id;
        });
    }

    @Test
    void aReleaseTakesEffectOnThePartnersNextRequestWithoutSigningInAgain() throws Exception {
        MockHttpSession liaison = signIn(mvc, "liaison.isr");
        mvc.perform(get("/committees/" + committee).session(liaison)).andExpect(status().isNotFound());

        mvc.perform(post("/committees/" + committee + "/label")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf())
                        .param("classification", "RESTRICTED")
                        .param("releasableTo", "ISR"))
                .andExpect(redirectedUrl("/committees/" + committee + "?relabelled"));

        mvc.perform(get("/committees/" + committee).session(liaison))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("RESTRICTED // REL TO MAR, ISR")));

        assertThat(audited("committees.committee.relabel", "SUCCESS"))
                .containsExactly(
                        "planner.mar: {\"after\": \"RESTRICTED // REL TO MAR, ISR\", \"before\": \"RESTRICTED // MAR\"}");
        assertThat(audited("committees.committee.read", "DENIED"))
                .containsExactly("liaison.isr: {\"reason\": \"access.notReadable\"}");
        assertThat(audited("committees.committee.read", "SUCCESS")).containsExactly("liaison.isr: {}");
    }

    @Test
    void aPartnerCannotRelabelTheOwnersRecordAndNothingChanges() throws Exception {
        releaseToIsrael();
        mvc.perform(post("/committees/" + committee + "/label")
                        .session(signIn(mvc, "planner.isr"))
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .with(csrf())
                        .param("classification", "UNCLASSIFIED")
                        .param("releasableTo", "ISR"))
                .andExpect(status().isForbidden())
                .andExpect(status().reason(Matchers.containsString("Only the owner nation may change a marking")));
        assertThat(currentLabel().classification()).isEqualTo(Classification.RESTRICTED);
        assertThat(audited("committees.committee.relabel", "DENIED"))
                .containsExactly("planner.isr: {\"reason\": \"access.relabelOwnerOnly\"}");
    }

    @Test
    void noOneMarksARecordAboveTheirOwnClearance() throws Exception {
        mvc.perform(post("/committees/" + committee + "/label")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf())
                        .param("classification", "SECRET"))
                .andExpect(status().isForbidden());
        assertThat(currentLabel().classification()).isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void unknownNationsAndClassificationsAreRefusedByFieldInTheUsersLanguage() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(post("/committees/" + committee + "/label")
                        .session(planner)
                        .cookie(new Cookie("ENTENTE_LANG", "fr"))
                        .with(csrf())
                        .param("classification", "RESTRICTED")
                        .param("releasableTo", "FRA", "XYZ"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("choisissez les nations dans la liste")));
        mvc.perform(post("/committees/" + committee + "/label")
                        .session(planner)
                        .with(csrf())
                        .param("classification", "TOP SECRET"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/committees/" + committee + "/label")
                        .session(planner)
                        .with(csrf())
                        .param("classification", "RESTRICTED"))
                .andExpect(redirectedUrl("/committees/" + committee + "?relabelled"));
        assertThat(currentLabel().releasableTo()).isEmpty();
    }

    @Test
    void theFormOffersNationsByNameAndSendsTheirCodes() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String form = mvc.perform(get("/committees/" + committee + "?relabel=")
                        .session(planner)
                        .cookie(new Cookie("ENTENTE_LANG", "ar")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Issue 16: a box per nation named in Arabic, its code only the value sent; no "ISO codes" to type.
        assertThat(form)
                .contains("name=\"releasableTo\" value=\"FRA\"")
                .contains("فرنسا")
                .doesNotContain("ISO")
                .doesNotContain("name=\"otherNations\"");
        // The levels by their names only: «محدود التداول», not «محدود التداول (RESTRICTED)».
        assertThat(form).contains(">محدود التداول</option>").doesNotContain("(RESTRICTED)");
        mvc.perform(post("/committees/" + committee + "/label")
                        .session(planner)
                        .with(csrf())
                        .param("classification", "RESTRICTED")
                        .param("releasableTo", "ISR", "FRA"))
                .andExpect(redirectedUrl("/committees/" + committee + "?relabelled"));
        assertThat(currentLabel().releasableTo()).containsExactlyInAnyOrder("ISR", "FRA");
    }

    /**
     * The committee page offers the form by a link; its ~250 nations are written only when it is opened
     * (committee20i: they tripled the page for whoever may relabel), and never for who may not.
     */
    // "?relabel=" here: MockMvc hands a parameter without "=" to the controller as null, where Tomcat
    // hands the page's link "?relabel" over as "" (BrowserIT follows the link itself).
    @Test
    void theNationsAreWrittenOnlyWhenTheFormIsOpened() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String page = mvc.perform(get("/committees/" + committee).session(planner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"label-panel\"")
                .contains("href=\"/committees/" + committee + "?relabel#label-panel\"")
                .contains("data-hx-select=\"#label-panel\"")
                .doesNotContain("name=\"releasableTo\"")
                .doesNotContain("action=\"/committees/" + committee + "/label\"");
        String opened = mvc.perform(
                        get("/committees/" + committee + "?relabel=").session(planner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(opened)
                .contains("action=\"/committees/" + committee + "/label\"")
                .contains("name=\"releasableTo\" value=\"FRA\"")
                .doesNotContain("id=\"relabel-open\"");
        releaseToIsrael();
        String partners = mvc.perform(
                        get("/committees/" + committee + "?relabel=").session(signIn(mvc, "planner.isr")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(partners)
                .as("a partner may not relabel the owner's record: no form, no link")
                .doesNotContain("id=\"label-panel\"")
                .doesNotContain("name=\"releasableTo\"");
    }

    private void releaseToIsrael() {
        inTransaction(
                transactions,
                HOST,
                () -> committees.relabel(
                        new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL),
                        committee,
                        new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"))));
    }

    /** Who did it and the details, of each audit entry about the test's committee. */
    private List<String> audited(String action, String outcome) {
        return sql.sql("""
                        select actor || ': ' || details::text from audit.event
                         where action = ? and outcome = ? and object_id = ? order by id""")
                .params(action, outcome, Long.toString(committee))
                .query(String.class)
                .list();
    }

    private Label currentLabel() {
        return HOST.run(() -> committees.find(HOST, committee).orElseThrow().label());
    }
}
