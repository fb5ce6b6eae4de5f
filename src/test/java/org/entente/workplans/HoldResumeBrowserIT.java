package org.entente.workplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Hold and resume by hand, in two browsers (issue 15): planner.mar puts a joint activity on hold in
 * Arabic with the reason; its page, the plan's table and the Gantt say it; planner.isr, in English,
 * sees it held with the reason and resumes it with his own; an activity the agreement's suspension
 * put on hold is not offered "resume" and says why. On an agreement, committee and plan of the
 * test's own (WorkPlansFixture), so that the demo's plans keep their figures. Screenshots
 * {@code hold-*} in Arabic, English and at 390 px.
 */
@DemoApplicationTest
class HoldResumeBrowserIT extends BrowserTest {

    private static final String REASON = "طلب الشريك تأجيل الزيارة إلى ما بعد الانتخابات";

    @Autowired
    ApplicationContext context;

    @Autowired
    WorkPlans plans;

    @Test
    void moroccoHoldsInArabicIsraelSeesWhyAndResumesAndASuspensionsHoldIsNotOfferedResume() {
        var fx = WorkPlansFixture.of(context);
        var setting = fx.setting();
        long plan = fx.plan(setting, 2026);
        long byHand = fx.propose(PLANNER_MAR, plan, "Joint staff talks on drone maintenance", 4);
        long bySuspension = fx.propose(PLANNER_MAR, plan, "Exchange of instructors", 4);
        for (long activity : new long[] {byHand, bySuspension}) {
            fx.as(PLANNER_ISR, () -> plans.approve(PLANNER_ISR, activity, "ISR", null));
        }
        fx.as(PLANNER_MAR, () -> plans.sign(PLANNER_MAR, plan, null, 1, WorkPlansFixture.signatories()));

        Page mar = page;
        Page isr = anotherVisitor();
        signInAs(mar, "planner.mar", "ar-MA");
        signInAs(isr, "planner.isr", "en");

        // Morocco puts it on hold, in Arabic, with the reason.
        mar.navigate(url("/activities/" + byHand));
        assertThat(mar.locator("#execution #resume")).hasCount(0);
        mar.locator("#hold > summary").click();
        mar.locator("#h-reason-ar").fill(REASON);
        shoot(mar, "hold-typed-ar");
        mar.locator("#hold-form button[type=submit]").click();
        assertThat(mar.locator("#notice")).containsText("عُلّق النشاط");
        assertThat(mar.locator("#activity-status")).hasText("معلق");
        assertThat(mar.locator("#activity-held")).containsText(REASON);
        assertThat(mar.locator("dl.facts").first()).containsText(REASON);
        assertThat(mar.locator("#execution #hold")).hasCount(0);
        assertThat(mar.locator("#execution #resume > summary")).isVisible();
        shoot(mar, "hold-activity-ar");
        mar.navigate(url("/workplans/" + plan));
        assertThat(mar.locator("tr:has(a[href='/activities/" + byHand + "']) .activity-status--on_hold"))
                .hasText("معلق");
        shoot(mar, "hold-plan-ar");
        mar.navigate(url("/workplans/" + plan + "/overview"));
        assertThat(mar.locator("#gantt .gantt__bar--on_hold")).hasCount(1);
        assertThat(mar.locator("#gantt .gantt__bar--on_hold title")).containsText("معلق");
        assertThat(mar.locator("#gantt-legend .gantt-legend__item--on_hold")).hasText("معلق");
        shoot(mar, "hold-gantt-ar");
        mar.setViewportSize(390, 844);
        mar.navigate(url("/activities/" + byHand));
        shoot(mar, "hold-activity-ar-390");
        mar.setViewportSize(1280, 860);

        // Israel, in English: held, and why (the reason as Morocco wrote it, in Arabic).
        isr.navigate(url("/activities/" + byHand));
        assertThat(isr.locator("#activity-status")).hasText("On hold");
        assertThat(isr.locator("#activity-held")).containsText("This activity is on hold");
        assertThat(isr.locator("#activity-held")).containsText(REASON);
        assertThat(isr.locator("dl.facts").first()).containsText(REASON);
        assertThat(isr.locator("ol.history")).containsText("Put on hold");
        shoot(isr, "hold-activity-en");
        isr.locator("#resume > summary").click();
        isr.locator("#r-reason-en").fill("Elections over; the visit goes ahead");
        isr.locator("#resume-form button[type=submit]").click();
        assertThat(isr.locator("#notice")).containsText("is resumed");
        assertThat(isr.locator("#activity-status")).hasText("Scheduled");
        assertThat(isr.locator("#activity-held")).hasCount(0);
        assertThat(isr.locator("ol.history")).containsText("Resumed");
        assertThat(isr.locator("#execution #hold > summary")).isVisible();
        shoot(isr, "hold-resumed-en");
        mar.navigate(url("/activities/" + byHand));
        assertThat(mar.locator("#activity-status")).hasText("مبرمج");

        // The agreement is suspended: both activities go on hold; neither is offered "resume", and
        // the page says why, in each reader's language.
        fx.suspend(setting, LocalDate.of(2026, 12, 1));
        isr.navigate(url("/activities/" + bySuspension));
        assertThat(isr.locator("#activity-status")).hasText("On hold");
        assertThat(isr.locator("#execution #resume")).hasCount(0);
        assertThat(isr.locator("#held-by-suspension")).containsText("The suspension of the agreement");
        assertThat(isr.locator("#activity-held")).containsText("The suspension of the agreement");
        shoot(isr, "hold-suspension-en");
        mar.navigate(url("/activities/" + bySuspension));
        assertThat(mar.locator("#execution #resume")).hasCount(0);
        assertThat(mar.locator("#held-by-suspension")).containsText("تعليقُ الاتفاق");
        shoot(mar, "hold-suspension-ar");
        mar.setViewportSize(390, 844);
        shoot(mar, "hold-suspension-ar-390");
    }

    private static void shoot(Page visitor, String name) {
        screenshot(visitor, new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
