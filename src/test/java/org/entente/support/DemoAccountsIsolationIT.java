package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two test classes of the shared demo application, run one after the other: the first signs in
 * as {@code viewer.mar} (Arabic as loaded) having chosen Hebrew, which the application saves to the
 * account; the second signs in with no choice and must read the account as the demo loaded it, in
 * Arabic. Without {@link DemoAccountsAsLoaded} it reads Hebrew: one class's language leaks into the
 * next, as it did before. The two are nested, so Failsafe does not run them on their own.
 */
class DemoAccountsIsolationIT {

    private static final String ACCOUNT = "viewer.mar";

    @Test
    void aClassFindsTheDemoAccountsAsLoadedWhateverTheClassBeforeItSaved() {
        assertGreen(run(ChoosesHebrewBeforeSigningIn.class));
        assertGreen(run(SignsInWithoutChoosing.class));
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        // Without the listeners found on the class path: they report on the whole run, not on this.
        var launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
        var summary = new SummaryGeneratingListener();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(testClass))
                        .build(),
                summary);
        return summary.getSummary();
    }

    private static void assertGreen(TestExecutionSummary summary) {
        assertThat(summary.getFailures())
                .as("failures")
                .extracting(failure -> failure.getException().toString())
                .isEmpty();
        assertThat(summary.getTestsSucceededCount()).as("tests passed").isEqualTo(1);
    }

    /** Issue 16: a language chosen before signing in wins, and is saved to the account. */
    @DemoApplicationTest
    static class ChoosesHebrewBeforeSigningIn {

        @Autowired
        MockMvc mvc;

        @Autowired
        JdbcClient jdbc;

        @Test
        void theChoiceIsSavedToTheAccount() throws Exception {
            mvc.perform(post("/login")
                    .param("username", ACCOUNT)
                    .param("password", Personas.DEMO_PASSWORD)
                    .cookie(new Cookie("ENTENTE_LANG", "he"))
                    .with(csrf()));
            assertThat(jdbc.sql("select language from identity.account where username = ?")
                            .param(ACCOUNT)
                            .query(String.class)
                            .single())
                    .isEqualTo("he");
        }
    }

    /** The next class: the account as the demo loaded it. */
    @DemoApplicationTest
    static class SignsInWithoutChoosing {

        @Autowired
        MockMvc mvc;

        @Test
        void thePageIsInTheAccountsLanguageAsLoaded() throws Exception {
            MockHttpSession session = Personas.signIn(mvc, ACCOUNT);
            assertThat(mvc.perform(get("/").session(session))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .containsPattern("<html lang=\"ar(-[A-Z]{2})?\" dir=\"rtl\">");
        }
    }
}
