package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DemoApplicationTest
class SignInIT {

    static final String DEMO_PASSWORD = Personas.DEMO_PASSWORD;

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
    void afterFiveFailuresTheAccountWaitsEvenWithTheRightPasswordAndIsToldHowLong() throws Exception {
        String username = newAccount(false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "wrong password " + i, "192.0.2.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(username, PASSWORD, "192.0.2.2"))
                .andExpect(unauthenticated())
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9]|[12][0-9]|30")));
        assertThat(failedSignIns(username)).isEqualTo(5);
        assertThat(locked(username)).isTrue();
    }

    @Test
    void anAdministratorUnlocksAnAccountAtOnceAndTheTrailSaysWho() throws Exception {
        String username = newAccount(false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "wrong password " + i, "192.0.2.3"));
        }
        mvc.perform(signIn(username, PASSWORD, "192.0.2.3")).andExpect(status().isTooManyRequests());
        long id = accountId(username);
        var administrator = (MockHttpSession) mvc.perform(signIn("admin.mar", DEMO_PASSWORD, "192.0.2.4"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/admin/accounts").session(administrator).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("/admin/accounts/" + id + "/unlock")));

        mvc.perform(post("/admin/accounts/" + id + "/unlock")
                        .session(administrator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts?done"));

        assertThat(locked(username)).isFalse();
        assertThat(failedSignIns(username)).isZero();
        assertThat(sql.sql("""
                        select count(*) from audit.event
                         where action = 'identity.account.unlock' and object_id = ? and actor = 'admin.mar'""").param(username).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(signIn(username, PASSWORD, "192.0.2.3"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void anAdministratorOfAnotherNationCannotUnlockTheAccount() throws Exception {
        String username = newAccount(false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "wrong password " + i, "192.0.2.5"));
        }
        var israeli = (MockHttpSession) mvc.perform(signIn("admin.isr", DEMO_PASSWORD, "192.0.2.6"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(post("/admin/accounts/" + accountId(username) + "/unlock")
                        .session(israeli)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(locked(username)).isTrue();
        mvc.perform(signIn(username, PASSWORD, "192.0.2.5")).andExpect(status().isTooManyRequests());
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

    /**
     * The tests' demo accounts sign in on a cheap hash of the demo password ({@code
     * support.CheapDemoPasswords}); every other password is hashed at the production parameters,
     * Spring Security's Argon2 defaults (5.8): 16 MiB, 2 passes, one lane.
     */
    @Test
    void aNewPasswordIsHashedAtTheProductionParametersAndSignsIn() throws Exception {
        String username = "hash" + UUID.randomUUID().toString().substring(0, 6) + ".mar";
        accounts.create(new NewAccount(
                username, "a long enough pass phrase", "MAR", Classification.RESTRICTED, "en", false, false, false));

        assertThat(passwordHash(username)).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
        mvc.perform(formLogin().user(username).password("a long enough pass phrase"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void theDemoAccountsOfTheTestsHaveTheCheapHash() {
        for (var persona : Personas.Persona.values()) {
            assertThat(passwordHash(persona.username()))
                    .as(persona.username())
                    .startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        }
    }

    private String passwordHash(String username) {
        return sql.sql("select password_hash from identity.account where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private int failedSignIns(String username) {
        return sql.sql("select failed_sign_ins from identity.account where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    /** A sign-in as the form posts it, from a client address of the test's own. */
    static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login")
                .with(csrf())
                .param("username", username)
                .param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private long accountId(String username) {
        return sql.sql("select id from identity.account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private boolean locked(String username) {
        return sql.sql("select coalesce(locked_until > now(), false) from identity.account where username = ?")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    private boolean mustChange(String username) {
        return sql.sql("select must_change_password from identity.account where username = ?")
                .param(username)
                .query(Boolean.class)
                .single();
    }
}
