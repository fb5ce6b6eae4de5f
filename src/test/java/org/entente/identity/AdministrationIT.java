package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Each nation's administrator manages that nation's accounts, and only within their own clearance. */
@DemoApplicationTest
class AdministrationIT {

    private static final Cookie ENGLISH = new Cookie("ENTENTE_LANG", "en");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient sql;

    @Test
    void anAdministratorSeesOnlyTheAccountsOfTheirNation() throws Exception {
        String page = mvc.perform(
                        get("/admin/accounts").session(signIn(mvc, "admin.isr")).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("planner.isr", "liaison.isr").doesNotContain("planner.mar", "planner.fra");
    }

    @Test
    void onlyAdministratorsReachAdministrationAndEveryRefusalIsAudited() throws Exception {
        long before = denials("GET /admin/accounts");
        mvc.perform(get("/admin/accounts").session(signIn(mvc, "planner.mar"))).andExpect(status().isForbidden());
        assertThat(denials("GET /admin/accounts")).isEqualTo(before + 1);
    }

    private long denials(String route) {
        return sql.sql("select count(*) from audit.event where action = 'access.route' and outcome = 'DENIED' "
                        + "and actor = 'planner.mar' and object_id = ?")
                .param(route)
                .query(Long.class)
                .single();
    }

    @Test
    void aClearanceAboveTheAdministratorsOwnIsRefusedAndNothingIsCreated() throws Exception {
        String username = "new" + UUID.randomUUID().toString().substring(0, 6) + ".isr";
        mvc.perform(post("/admin/accounts")
                        .session(signIn(mvc, "admin.isr"))
                        .cookie(ENGLISH)
                        .with(csrf())
                        .param("username", username)
                        .param("clearance", "SECRET")
                        .param("language", "he"))
                .andExpect(status().isForbidden())
                // The error page says why: the refusal path hands it the reason in the reader's language.
                .andExpect(status().reason(Matchers.containsString("above your own")));
        assertThat(accounts.exists(username)).isFalse();
        assertThat(sql.sql("select actor || ' ' || outcome || ' ' || (details->>'reason') from audit.event "
                                + "where action = 'identity.account.administer' and object_id = ?")
                        .param(username)
                        .query(String.class)
                        .list())
                .containsExactly("admin.isr DENIED admin.clearance.aboveOwn");
    }

    @Test
    void anotherNationsAccountIsAnsweredAsAbsentAndLeftAlone() throws Exception {
        long plannerMar = idOf("planner.mar");
        mvc.perform(post("/admin/accounts/" + plannerMar + "/enabled")
                        .session(signIn(mvc, "admin.isr"))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isNotFound());
        assertThat(enabled("planner.mar")).isTrue();
    }

    @Test
    void aNewAccountBelongsToAPersonOfTheNationAndNeedsOne() throws Exception {
        String username = "new" + UUID.randomUUID().toString().substring(0, 6) + ".mar";
        long israeli = sql.sql("select person_id from identity.account where username = 'planner.isr'")
                .query(Long.class)
                .single();
        for (String person : new String[] {"", "not a number", Long.toString(israeli)}) {
            mvc.perform(post("/admin/accounts")
                            .session(signIn(mvc, "admin.mar"))
                            .cookie(ENGLISH)
                            .with(csrf())
                            .param("username", username)
                            .param("clearance", "RESTRICTED")
                            .param("person", person))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(Matchers.containsString("Choose the person the account belongs to")));
        }
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void aNewAccountGetsAOneTimePasswordThatMustBeChanged() throws Exception {
        String username = "new" + UUID.randomUUID().toString().substring(0, 6) + ".mar";
        long viewer = sql.sql("select person_id from identity.account where username = 'viewer.mar'")
                .query(Long.class)
                .single();
        String page = mvc.perform(post("/admin/accounts")
                        .session(signIn(mvc, "admin.mar"))
                        .cookie(ENGLISH)
                        .with(csrf())
                        .param("username", username)
                        .param("clearance", "RESTRICTED")
                        .param("language", "ar")
                        .param("person", Long.toString(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("<code class=\"secret\" dir=\"ltr\">([^<]+)</code>")
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        assertThat(sql.sql("select person_id from identity.account where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(viewer);
        assertThat(page).contains("Salma El Idrissi");
        var session = signIn(mvc, username, matcher.group(1));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
        String username = "gone" + UUID.randomUUID().toString().substring(0, 6) + ".mar";
        accounts.create(new NewAccount(
                username, "a long enough pass phrase", "MAR", Classification.RESTRICTED, "en", false, false, false));
        MockHttpSession victim = signIn(mvc, username, "a long enough pass phrase");
        mvc.perform(get("/").session(victim)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/" + idOf(username) + "/enabled")
                        .session(signIn(mvc, "admin.mar"))
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(redirectedUrl("/admin/accounts?done"));

        mvc.perform(get("/").session(victim)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin().user(username).password("a long enough pass phrase"))
                .andExpect(redirectedUrl("/login?error"));
    }

    private long idOf(String username) {
        return sql.sql("select id from identity.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private boolean enabled(String username) {
        return sql.sql("select enabled from identity.account where username = ?")
                .param(username)
                .query(Boolean.class)
                .single();
    }
}
