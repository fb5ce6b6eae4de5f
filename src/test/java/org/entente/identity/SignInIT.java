package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@DemoApplicationTest
class SignInIT {

    static final String DEMO_PASSWORD = "Entente-Demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient sql;

    @Test
    void aDemoUserSignsInWithTheDocumentedPassword() throws Exception {
        mvc.perform(formLogin().user("planner.mar").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("planner.mar"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordGetsTheGenericMessageAndIsCounted() throws Exception {
        String username = newAccount(false);
        mvc.perform(formLogin().user(username).password("not the password at all"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Wrong username or password")));
        assertThat(failedSignIns(username)).isEqualTo(1);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("nobody.here").password("whatever it may be"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = newAccount(false);
        for (int i = 0; i < Accounts.MAX_FAILED_SIGN_INS; i++) {
            mvc.perform(formLogin().user(username).password("wrong password " + i));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/login").param("username", "planner.mar").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void signingInGivesTheSessionANewId() throws Exception {
        var session = (MockHttpSession)
                mvc.perform(get("/login")).andReturn().getRequest().getSession();
        String before = session.getId();
        var after = mvc.perform(formLogin().user("viewer.mar").password(DEMO_PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
        assertThat(after.getId()).isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var session =
                (MockHttpSession) mvc.perform(formLogin().user("viewer.mar").password(DEMO_PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String username = newAccount(true);
        var session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password")
                        .session(session)
                        .cookie(new Cookie(LanguageChoice.COOKIE, "fr"))
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "short")
                        .param("confirmation", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(containsString("Nouveau mot de passe doit comporter au moins 12 caractères")));
        assertThat(mustChange(username)).isTrue();

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "a sentence that is long enough")
                        .param("confirmation", "a sentence that is long enough"))
                .andExpect(redirectedUrl("/?passwordChanged"));
        assertThat(mustChange(username)).isFalse();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    static final String PASSWORD = "initial pass phrase 2026";

    private String newAccount(boolean mustChange) {
        String username = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(
                new NewAccount(username, PASSWORD, "MAR", Classification.RESTRICTED, "en", false, false, mustChange));
        return username;
    }

    private int failedSignIns(String username) {
        return sql.sql("select failed_sign_ins from identity.account where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    private boolean mustChange(String username) {
        return sql.sql("select must_change_password from identity.account where username = ?")
                .param(username)
                .query(Boolean.class)
                .single();
    }
}
