package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.entente.shared.Classification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Outside the demo, administrators sign in with a second factor; recovery codes work once. */
@NoDemoApplicationTest
class SecondFactorIT {

    private static final String PASSWORD = "a long enough pass phrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void anAdministratorEnrollsThenSignsInWithACodeOrARecoveryCodeOnce() throws Exception {
        String admin = account(true);
        MockHttpSession first = signIn(mvc, admin, PASSWORD);
        mvc.perform(get("/").session(first)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/login/second-factor").session(first)).andExpect(redirectedUrl("/account/second-factor"));
        String code = codeFor(enrollmentPage(first));
        String page = mvc.perform(post("/account/second-factor")
                        .session(first)
                        .with(csrf())
                        .param("code", code))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> recoveryCodes = Pattern.compile("<li><code>([a-z0-9]{10})</code></li>")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(recoveryCodes).hasSize(SecondFactor.RECOVERY_CODES);
        mvc.perform(get("/").session(first)).andExpect(status().isOk());

        MockHttpSession second = signIn(mvc, admin, PASSWORD);
        mvc.perform(post("/login/second-factor").session(second).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/login/second-factor").session(second).with(csrf()).param("code", recoveryCodes.get(0)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(second)).andExpect(status().isOk());

        MockHttpSession third = signIn(mvc, admin, PASSWORD);
        mvc.perform(post("/login/second-factor").session(third).with(csrf()).param("code", recoveryCodes.get(0)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void repeatedWrongCodesLockTheAccount() throws Exception {
        String admin = account(true);
        MockHttpSession session = signIn(mvc, admin, PASSWORD);
        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", "x"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/second-factor")
                .session(session)
                .with(csrf())
                .param("code", codeFor(enrollmentPage(session))));
        MockHttpSession guesser = signIn(mvc, admin, PASSWORD);
        for (int i = 1; i < SecondFactor.MAX_FAILURES; i++) {
            mvc.perform(post("/login/second-factor")
                            .session(guesser)
                            .with(csrf())
                            .param("code", "00000" + i))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/login/second-factor").session(guesser).with(csrf()).param("code", "999999"))
                .andExpect(redirectedUrl("/login?error"));
        // The account is held back for a while: even the right password is answered 429, unchecked.
        mvc.perform(formLogin().user(admin).password(PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void aViewerIsNotAskedForASecondFactor() throws Exception {
        mvc.perform(formLogin().user(account(false)).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    /** The code an app would show now for the key on the enrollment page. */
    private static String codeFor(String enrollmentPage) {
        var key = Pattern.compile("<code class=\"secret\" dir=\"ltr\">([A-Z2-7 ]+)</code>")
                .matcher(enrollmentPage);
        assertThat(key.find()).isTrue();
        return TotpCodes.now(key.group(1));
    }

    private String enrollmentPage(MockHttpSession session) throws Exception {
        return mvc.perform(get("/account/second-factor").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String account(boolean administrator) {
        String username = "tfa." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(
                username, PASSWORD, "MAR", Classification.RESTRICTED, "en", administrator, false, false));
        return username;
    }
}
