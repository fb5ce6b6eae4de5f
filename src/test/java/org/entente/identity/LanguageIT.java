package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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
class LanguageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient sql;

    @Test
    void theBrowsersPreferenceChoosesAmongTheFourLanguagesBeforeSignIn() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "ar"))
                .andExpect(content().string(containsString("<html lang=\"ar-MA\" dir=\"rtl\">")))
                .andExpect(content().string(containsString("تسجيل الدخول")));
        mvc.perform(get("/login").header("Accept-Language", "he-IL,he;q=0.9"))
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("lang=\"he-MA\"")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE,fr;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"fr-MA\" dir=\"ltr\">")));
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("<html lang=\"en-MA\" dir=\"ltr\">")));
        mvc.perform(get("/login").cookie(new Cookie(LanguageChoice.COOKIE, "xx")))
                .andExpect(content().string(containsString("<html lang=\"en-MA\"")));
        mvc.perform(post("/language").with(csrf()).param("lang", "klingon").param("return", "/login"))
                .andExpect(cookie().value(LanguageChoice.COOKIE, "en"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aChoiceBeforeSignInIsRememberedAndKeptByTheAccount() throws Exception {
        String username = "lang." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(
                username, "a long enough pass phrase", "ISR", Classification.RESTRICTED, "en", false, false, false));
        var chosen = mvc.perform(
                        post("/language").with(csrf()).param("lang", "he").param("return", "/login"))
                .andExpect(cookie().value(LanguageChoice.COOKIE, "he"))
                .andReturn()
                .getResponse()
                .getCookie(LanguageChoice.COOKIE);
        var session = (MockHttpSession) mvc.perform(post("/login")
                        .with(csrf())
                        .cookie(chosen)
                        .param("username", username)
                        .param("password", "a long enough pass phrase"))
                .andReturn()
                .getRequest()
                .getSession();
        assertThat(language(username)).isEqualTo("he");

        // Signed in, the region follows the user's nation: Hebrew as read in Israel.
        mvc.perform(get("/").session(session).cookie(chosen))
                .andExpect(content().string(containsString("<html lang=\"he-IL\" dir=\"rtl\">")));

        mvc.perform(post("/language")
                        .session(session)
                        .with(csrf())
                        .param("lang", "fr")
                        .param("return", "/"))
                .andExpect(redirectedUrl("/"));
        assertThat(language(username)).isEqualTo("fr");
    }

    @Test
    void aSignInWithoutAChoiceBringsBackTheAccountsLanguage() throws Exception {
        mvc.perform(formLogin().user("planner.fra").password(SignInIT.DEMO_PASSWORD))
                .andExpect(cookie().value(LanguageChoice.COOKIE, "fr"));
    }

    private String language(String username) {
        return sql.sql("select language from identity.account where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
