package org.entente.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.JOINT_COMMITTEE;
import static org.entente.support.Personas.committeeId;

import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.identity.Accounts;
import org.entente.identity.NewAccount;
import org.entente.identity.TotpCodes;
import org.entente.shared.Classification;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pages no other browser test opens, opened once each so that the page checks (HTML checker,
 * axe in Arabic and English, 390 px, links) see them too: the administrators' pages and the
 * partners' forms; the planner's list of plans, committee, session and project forms, a plan's
 * signing and the password form; the auditor's verification of the chain, a session's review, and
 * the second step of signing in for an account with a second factor. Issue 13 asks for those checks
 * on every page. A plan's rates
 * ({@code /workplans/{id}/rates}) is a fragment htmx swaps into the plan's page, not a page.
 */
@DemoApplicationTest
class UnvisitedPagesBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Accounts accounts;

    @Test
    void theAdministratorsPagesAreCheckedToo() {
        long organization = id("select min(id) from partners.organization where owner_nation = 'MAR'");
        long person = id("select min(id) from partners.person where owner_nation = 'MAR'");
        signInAs("admin.mar", "en");
        visitAll(
                "/admin/domains",
                "/admin/outbox",
                "/admin/search",
                "/people/new",
                "/organizations/" + organization,
                "/organizations/" + organization + "/edit",
                "/people/" + person + "/edit");
    }

    @Test
    void thePlannersFormsAreCheckedToo() {
        long committee = committeeId(transactions, sql, JOINT_COMMITTEE);
        long plan = id("select id from workplans.plan where committee_code = 'JMC-ISR-MAR' and year = 2026");
        long project = id("select min(id) from projects.project where owner_nation = 'MAR'");
        signInAs("planner.mar", "en");
        visitAll(
                "/workplans",
                "/committees/new",
                "/committees/" + committee + "/edit",
                "/committees/" + committee + "/sessions/new",
                "/projects/" + project + "/edit",
                "/workplans/" + plan + "/sign",
                "/account/password",
                "/committees/" + committee + "/sessions/3/review");
    }

    @Test
    void theAuditorsVerificationIsCheckedToo() {
        signInAs("auditor.mar", "en");
        visitAll("/audit/verify");
        assertThat(page.locator("main")).isVisible();
    }

    /**
     * An account of the test's own enrolls an authenticator app, then signs in again: the second
     * step's page ({@code /login/second-factor}) is what it sees, and what the checks see. A new
     * account, not a demo persona: a persona with a second factor would be asked for it in every
     * later test.
     */
    @Test
    void theSecondStepOfSigningInIsCheckedToo() {
        String username = "tfa." + UUID.randomUUID().toString().substring(0, 8);
        String password = "a long enough pass phrase";
        accounts.create(
                new NewAccount(username, password, "MAR", Classification.RESTRICTED, "en", false, false, false));
        signInThroughForm(page, username, password, "en");
        page.navigate(url("/account/second-factor"));
        page.locator("#code").fill(TotpCodes.now(page.locator("code.secret").textContent()));
        page.locator("form[action='/account/second-factor'] button[type=submit]")
                .click();
        assertThat(page.locator(".recovery-codes li").first()).isVisible();

        page.context().clearCookies();
        page.navigate(url("/login"));
        Personas.signIn(page, username, password);
        page.waitForURL(address -> address.endsWith("/login/second-factor"));
        assertThat(page.locator("input#code")).hasCount(1);
    }

    /** Opens each page (the page checks see it) and expects every one to answer 200. */
    private void visitAll(String... paths) {
        List<String> answers = new ArrayList<>();
        for (String path : paths) {
            Response response = page.navigate(url(path));
            answers.add(path + " " + (response == null ? "no response" : response.status()));
        }
        assertThat(answers).allMatch(answer -> answer.endsWith(" 200"));
    }

    private long id(String query) {
        Long id = Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql(query).query(Long.class).single());
        assertThat(id).as(query).isNotNull();
        return id;
    }
}
