package org.entente.workplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.entente.shared.Classification.CONFIDENTIAL;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.identity.Accounts;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.identity.NewAccount;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two-party approval in Debian's Chromium: a Moroccan planner proposes an activity in Arabic, an
 * Israeli planner approves it in English; the plan table filters through htmx. Planners of the
 * test's own, on a committee of its own, so that the demo's accounts keep their languages.
 */
@DemoApplicationTest
class WorkPlanBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a long enough pass phrase";

    @Autowired
    Accounts accounts;

    @Autowired
    WorkPlans plans;

    @Autowired
    ApplicationContext context;

    @Test
    void aMoroccanPlannerProposesInArabicAndAnIsraeliPlannerApprovesInEnglish() {
        var fx = WorkPlansFixture.of(context);
        var setting = fx.setting();
        for (String[] planner : new String[][] {{"wpb.mar", "MAR", "ar"}, {"wpb.isr", "ISR", "en"}}) {
            if (!accounts.exists(planner[0])) {
                accounts.create(new NewAccount(
                        planner[0], PASSWORD, planner[1], CONFIDENTIAL, planner[2], false, false, false));
            }
            context.getBean(CommitteeRoles.class).grant(planner[0], setting.committee(), CommitteeRole.PLANNER);
        }
        var host = new SystemSubject("wpb.mar", "MAR", CONFIDENTIAL);
        long plan = fx.as(
                host,
                () -> plans.create(
                        host,
                        new NewPlan(
                                setting.committee(),
                                2034,
                                LocalizedText.of(
                                        "ar", "خطة العمل العسكرية المشتركة لسنة 2034", "en", "Joint work plan 2034"),
                                null,
                                true)));
        fx.as(host, () -> plans.propose(host, plan, WorkPlansFixture.draft("Staff talks on joint planning", 1)));

        // Morocco proposes, in Arabic.
        signInThroughForm(page, "wpb.mar", PASSWORD, "ar-MA");
        page.navigate(url("/workplans/" + plan));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.locator("#title-ar").fill("دورة تكوينية في صيانة الطائرات المسيرة");
        page.locator("#plannedQuarter").fill("2");
        page.locator("#participants-MAR").fill("8");
        page.locator("#participants-ISR").fill("3");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("اقتراح").setExact(true))
                .click();
        // Back on the plan: what happened, said at the top, and the proposal in its row.
        assertThat(page.locator("main")).containsText("أُرسل المقترح");
        shoot("workplans-proposal-sent-ar");
        page.locator("#plan-table a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("دورة تكوينية في صيانة الطائرات المسيرة"))
                .first()
                .click();
        assertThat(page.locator("h1")).containsText("دورة تكوينية في صيانة الطائرات المسيرة");
        assertThat(page.locator("#approvals")).containsText("المغرب: موافَق");
        assertThat(page.locator("#approvals")).containsText("إسرائيل: في الانتظار");
        String activity = page.url();
        shoot("workplans-activity-proposed-ar");

        // Israel sees the proposal and approves it, in English.
        page.context().clearCookies();
        signInThroughForm(page, "wpb.isr", PASSWORD, "en");
        page.navigate(url("/workplans/" + plan));
        assertThat(page.locator("main")).containsText("2 proposals await your approval.");
        page.navigate(activity);
        assertThat(page.locator("main")).containsText("Proposal from Morocco, awaiting your approval.");
        page.locator("#approve").click();
        assertThat(page.locator("#approvals")).containsText("Israel: approved");
        assertThat(page.locator("#approvals")).containsText("Morocco: approved");
        assertThat(page.locator(".history")).containsText("Approved");
        shoot("workplans-activity-approved-en");

        // The table, filtered without a full reload.
        page.navigate(url("/workplans/" + plan));
        assertThat(page.locator("#plan-table")).containsText("Staff talks on joint planning");
        shoot("workplans-plan-en");
        page.evaluate("window.__sameDocument = true");
        page.locator("#f-quarter").selectOption("2");
        assertThat(page.locator("#plan-table")).not().containsText("Staff talks on joint planning");
        assertThat(page.locator("#plan-table")).containsText("1 of 2 activities shown");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.__sameDocument === true"))
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("quarter=2");

        // The demo's signed plan: its table, timeline and dashboard.
        long demo = fx.as(
                host,
                () -> plans.plans(host, null, 0, 200).items().stream()
                        .filter(p -> p.committeeCode().equals("JMC-ISR-MAR") && p.year() == 2026)
                        .findFirst()
                        .orElseThrow()
                        .id());
        page.navigate(url("/workplans/" + demo));
        assertThat(page.locator("#baseline-hash")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));
        shoot("workplans-demo-plan-en");
        page.locator("#overview-link").click();
        assertThat(page.locator("#gantt .gantt-chart__bar")).not().hasCount(0);
        var january = page.locator("#gantt .gantt-chart__month").first().boundingBox();
        var december = page.locator("#gantt .gantt-chart__month").last().boundingBox();
        org.assertj.core.api.Assertions.assertThat(january.x).isLessThan(december.x);
        shoot("workplans-overview-en");
        page.navigate(url("/workplans/dashboard?year=2026"));
        shoot("workplans-dashboard-en");
        // The plan's dated activities on the calendar, beside the sessions.
        page.navigate(url("/calendar?month=2026-04"));
        assertThat(page.locator(".month a[href^='/activities/']")).not().hasCount(0);
        shoot("workplans-calendar-en");

        // Back in Arabic, the Moroccan planner sees both approvals on the second quarter's activity.
        page.context().clearCookies();
        signInThroughForm(page, "wpb.mar", PASSWORD, "ar-MA");
        page.navigate(url("/workplans/" + plan));
        assertThat(page.locator("#plan-table")).containsText("إسرائيل: موافَق");
        shoot("workplans-plan-ar");
        page.navigate(url("/workplans/" + demo + "/overview"));
        // Time runs right to left: January at the right, December at the left.
        january = page.locator("#gantt .gantt-chart__month").first().boundingBox();
        december = page.locator("#gantt .gantt-chart__month").last().boundingBox();
        org.assertj.core.api.Assertions.assertThat(january.x).isGreaterThan(december.x);
        assertThat(page.locator("#gantt .gantt-chart__month").first()).containsText("يناير");
        shoot("workplans-overview-ar");
        page.navigate(url("/workplans/" + demo));
        shoot("workplans-demo-plan-ar");
        page.navigate(url("/workplans/dashboard?year=2026"));
        shoot("workplans-dashboard-ar");
        page.navigate(url("/calendar?month=2026-04"));
        assertThat(page.locator(".month-nav__title")).containsText("أبريل");
        shoot("workplans-calendar-ar");
    }
}
