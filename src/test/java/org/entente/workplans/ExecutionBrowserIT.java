package org.entente.workplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.entente.shared.Classification.CONFIDENTIAL;

import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.identity.Accounts;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.identity.NewAccount;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An Israeli planner of the demo's joint committee meets execution as it stands, in English and in
 * Arabic: the to-do panel and its count, the 2026 plan's timeline (today's line, legend, overdue
 * bars) and its execution rates, which the plan page loads after it is shown. An account of the
 * test's own, so that the demo's accounts keep their languages.
 */
@DemoApplicationTest
class ExecutionBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a long enough pass phrase";

    @Autowired
    Accounts accounts;

    @Autowired
    CommitteeRoles roles;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theToDoPanelTheTimelineAndTheRatesInEnglishAndArabic() {
        // Read as the host in a transaction: row-level security needs the reader's settings.
        long[] ids = Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql("""
                        select p.committee_id, p.id from workplans.plan p
                         where p.committee_code = 'JMC-ISR-MAR' and p.year = 2026 and p.status <> 'DRAFT'""")
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .single());
        // One activity still scheduled and one executed: the page offers execution actions on the first only.
        long[] activities = Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql("""
                        select (select min(id) from workplans.activity where plan_id = :plan and status = 'PLANNED'),
                               (select min(id) from workplans.activity where plan_id = :plan and status = 'EXECUTED')""")
                        .param("plan", ids[1])
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .single());
        if (!accounts.exists("exb.isr")) {
            accounts.create(new NewAccount("exb.isr", PASSWORD, "ISR", CONFIDENTIAL, "en", false, false, false));
        }
        roles.grant("exb.isr", ids[0], CommitteeRole.PLANNER);

        page.navigate(url("/"));
        signIn("exb.isr", PASSWORD);
        assertThat(page.locator("#todo")).isVisible();
        assertThat(page.locator("#todo-count")).isVisible();
        shoot("execution-home-en");
        page.navigate(url("/workplans/" + ids[1] + "/overview"));
        assertThat(page.locator("#gantt-legend")).isVisible();
        assertThat(page.locator("#gantt-today")).hasCount(1);
        assertThat(page.locator("#rates-table")).isVisible();
        shoot("execution-gantt-en");
        page.navigate(url("/workplans/" + ids[1]));
        assertThat(page.locator("#rates-total")).isVisible();
        shoot("execution-plan-rates-en");
        page.navigate(url("/activities/" + activities[1]));
        assertThat(page.locator("#execution .action-form")).hasCount(0);
        page.navigate(url("/activities/" + activities[0]));
        // Record, postpone, cancel, and put on hold by hand: one action each, for an open activity.
        assertThat(page.locator("#execution .action-form > summary")).hasCount(4);
        assertThat(page.locator("#execution #hold > summary")).isVisible();
        assertThat(page.locator("#execution #resume")).hasCount(0);
        assertThat(page.locator("#pp-quarter")).not().isVisible();
        page.locator("#postpone > summary").click();
        assertThat(page.locator("#pp-quarter")).isVisible();
        assertThat(page.locator("#actualStart")).not().isVisible();
        shoot("execution-activity-postpone-en");

        // The switcher brings the same activity back in Arabic: its cancel form first, then the rest.
        choose("العربية", "ar-IL"); // an Israeli planner: Arabic as written in Israel
        assertThat(page).hasURL(url("/activities/" + activities[0]));
        page.locator("#cancel > summary").click();
        assertThat(page.locator("#cancel-form")).isVisible();
        shoot("execution-activity-cancel-ar");
        page.navigate(url("/"));
        assertThat(page.locator("#todo")).isVisible();
        shoot("execution-home-ar");
        page.navigate(url("/workplans/" + ids[1] + "/overview"));
        assertThat(page.locator("#gantt-today")).hasCount(1);
        shoot("execution-gantt-ar");
        page.navigate(url("/workplans/" + ids[1]));
        assertThat(page.locator("#rates-total")).isVisible();
        shoot("execution-plan-rates-ar");
        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        shoot("execution-home-ar-390");
        page.navigate(url("/workplans/" + ids[1] + "/overview"));
        shoot("execution-gantt-ar-390");
    }
}
