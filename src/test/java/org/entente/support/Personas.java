package org.entente.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.function.Supplier;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who the integration tests act as, in one place: the demo accounts of the README, signing in
 * (through MockMvc or in the browser), and work done as a subject inside one transaction, which
 * is how a transaction carries the reader's nation and clearance that row-level security needs.
 */
public final class Personas {

    /** The demo accounts' one password (README, demo mode only). */
    public static final String DEMO_PASSWORD = "Entente-Demo-2026";

    /** The host nation's directorate at SECRET: records that tests set up before acting as someone. */
    public static final SystemSubject HOST = new SystemSubject("test", "MAR", Classification.SECRET);

    /** The demo accounts, as the README lists them. */
    public enum Persona {
        ADMIN_MAR("admin.mar", "MAR", Classification.SECRET),
        PLANNER_MAR("planner.mar", "MAR", Classification.CONFIDENTIAL),
        VIEWER_MAR("viewer.mar", "MAR", Classification.RESTRICTED),
        AUDITOR_MAR("auditor.mar", "MAR", Classification.SECRET),
        ADMIN_ISR("admin.isr", "ISR", Classification.CONFIDENTIAL),
        PLANNER_ISR("planner.isr", "ISR", Classification.CONFIDENTIAL),
        LIAISON_ISR("liaison.isr", "ISR", Classification.RESTRICTED),
        PLANNER_FRA("planner.fra", "FRA", Classification.CONFIDENTIAL);

        private final SystemSubject subject;

        Persona(String username, String nation, Classification clearance) {
            subject = new SystemSubject(username, nation, clearance);
        }

        public String username() {
            return subject.username();
        }

        /** The account as a subject, for work done in a transaction as this person. */
        public SystemSubject subject() {
            return subject;
        }
    }

    private Personas() {}

    /** Signs a demo account in with the demo password; the session then acts as it. */
    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return signIn(mvc, username, DEMO_PASSWORD);
    }

    public static MockHttpSession signIn(MockMvc mvc, Persona persona) throws Exception {
        return signIn(mvc, persona.username(), DEMO_PASSWORD);
    }

    /**
     * Signs an account in through the sign-in form. A refused password fails here, not later as a
     * puzzling 302 to the sign-in page in the middle of the test.
     */
    public static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result =
                mvc.perform(formLogin().user(username).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("signing in as %s", username)
                .isNotNull()
                .doesNotStartWith("/login?");
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** Signs a demo account in on the sign-in page, as it reads in English. */
    public static void signIn(Page page, String username) {
        signIn(page, username, DEMO_PASSWORD);
    }

    /** Signs an account in on the sign-in page, as it reads in English. */
    public static void signIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /**
     * Runs the work as the subject, in one transaction: the transaction manager hands PostgreSQL
     * the subject's nation and clearance, so row-level security sees what this subject would.
     */
    public static <T> T inTransaction(
            PlatformTransactionManager transactions, SystemSubject subject, Supplier<T> work) {
        return subject.run(() -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }

    public static void inTransaction(PlatformTransactionManager transactions, SystemSubject subject, Runnable work) {
        inTransaction(transactions, subject, () -> {
            work.run();
            return null;
        });
    }

    /** The demo's joint committee of Israel and Morocco, the one most tests set their plans under. */
    public static final String JOINT_COMMITTEE = "JMC-ISR-MAR";

    /** The id of a demo committee by its code, read as the {@link #HOST} (row-level security on). */
    public static long committeeId(PlatformTransactionManager transactions, JdbcClient sql, String code) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select id from committees.committee where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single());
    }
}
