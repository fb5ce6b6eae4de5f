package org.entente.committees;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * In Arabic, Morocco's planner opens the third session of the Israel – Morocco committee, reads its
 * decisions and adds an action item owned by Morocco; then reads the same page in English, and
 * changes the fourth session's details in English (a refusal first) and in Arabic.
 * Screenshots land in {@code target/screenshots/}.
 */
@DemoApplicationTest
class SessionBrowserIT extends BrowserTest {

    @Test
    void theMoroccanPlannerReadsTheThirdSessionsDecisionsAndAddsAnActionItemInArabic() {
        signInAs("planner.mar", "ar-MA");
        boolean arabicAgain = false;
        try {
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("اللجان").setExact(true))
                    .first()
                    .click();
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("اللجنة العسكرية المشتركة المغربية الإسرائيلية"))
                    .first()
                    .click();
            assertThat(page.locator("main")).containsText("الرئيس المشارك");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الدورة الثالثة"))
                    .click();
            assertThat(page.locator("h1")).hasText("الدورة الثالثة");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator(".decisions")).containsText("حدد الطرفان الأهداف المشتركة للتعاون بين الجيشين.");
            assertThat(page.locator(".decisions"))
                    .containsText("تم التوقيع على خطة العمل العسكرية المشتركة لسنة 2026.");
            assertThat(page.locator(".programme")).containsText("زيارات ميدانية لوحدات وصناعات دفاعية");
            shoot("session-ar");
            // Read first: the signed third session takes no more delegates, agenda or programme;
            // its one write left, a new action item, opens behind its button.
            assertThat(page.locator("#add-delegate")).hasCount(0);
            assertThat(page.locator("#add-agenda-item")).hasCount(0);
            assertThat(page.locator("#add-programme-item")).hasCount(0);
            assertThat(page.locator("#action-title")).not().isVisible();
            shootPhone("session-ar-390");
            page.locator("#new-action > summary").click();
            assertThat(page.locator("#action-title")).isVisible();
            shoot("session-ar-form-open");
            shootPhone("session-ar-form-open-390");

            page.getByLabel("الإجراء", new Page.GetByLabelOptions().setExact(true))
                    .fill("إعداد تقرير عن تكوين المهندسين المغاربة");
            page.getByLabel("تبعا للقرار").selectOption(new SelectOption().setValue("1"));
            page.getByLabel("البلد المسؤول").selectOption(new SelectOption().setValue("MAR"));
            page.locator("#action-responsible-ar").fill("مديرية التعاون الدولي");
            page.getByLabel("الأجل").fill("2027-03-31");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إضافة الإجراء"))
                    .click();
            assertThat(page.locator(".notice--info[role=status]")).hasText("تم تسجيل الإجراء.");
            assertThat(page.locator("#actions .action-items")).containsText("إعداد تقرير عن تكوين المهندسين المغاربة");
            assertThat(page.locator("#actions .action-items")).containsText("المغرب");
            shoot("session-action-ar");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("المحضر"))
                    .click();
            assertThat(page.locator("#body-ar, .side-by-side__column[lang=ar]").first())
                    .hasAttribute("dir", "rtl");
            assertThat(page.locator(".side-by-side__column[lang=fr]").first()).hasAttribute("dir", "ltr");
            shoot("minutes-ar");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("نسخة للطباعة"))
                    .click();
            assertThat(page.locator(".signature-block")).hasCount(2);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
            shoot("minutes-print-ar");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
            page.goBack();

            choose("English", "en-MA");
            assertThat(page.locator("h1")).hasText("Minutes");
            shoot("minutes-en");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("3rd session"))
                    .first()
                    .click();
            assertThat(page.locator("h1")).hasText("3rd session");
            assertThat(page.locator(".action--overdue").first()).isVisible();
            shoot("session-en");
            shootPhone("session-en-390");

            // The fourth session, still planned, is prepared behind one button per part; a refusal
            // comes back with the form open, the error next to the field and a summary above it.
            page.navigate(page.url().replaceAll("/sessions/3.*$", "/sessions/4"));
            assertThat(page.locator("h1")).hasText("4th session");
            assertThat(page.locator("#agenda-title")).not().isVisible();
            page.locator("#add-agenda-item > summary").click();
            page.locator("#add-agenda-item button[type=submit]").click();
            assertThat(page.locator("#add-agenda-item")).hasAttribute("open", "");
            assertThat(page.locator("#add-agenda-item #form-errors")).isVisible();
            assertThat(page.locator("#add-agenda-item .field__error")).isVisible();
            assertThat(page.locator("#add-delegate")).isVisible();
            shoot("session-en-form-open");
            shootPhone("session-en-form-open-390");
            // The refusal answered 422, as it should (the response and the browser's console say so).
            problems.removeIf(problem -> problem.contains("422"));
            page.navigate(page.url().replaceAll("/agenda$", ""));

            // The session's own details, read first, change behind "Edit the details": a last day
            // before the first comes back with the form open and the field named; then the venue is
            // added and the page says so. The signed third session offers no such form.
            assertThat(page.locator("#session-startDate")).not().isVisible();
            page.locator("#edit-session > summary").click();
            assertThat(page.locator("#session-city-en")).not().isEmpty();
            shoot("session-edit-en");
            shootPhone("session-edit-en-390");
            String start = page.locator("#session-startDate").inputValue();
            String end = page.locator("#session-endDate").inputValue();
            page.locator("#session-startDate").fill("2027-06-10");
            page.locator("#session-endDate").fill("2027-06-01");
            page.locator("#edit-session button[type=submit]").click();
            assertThat(page.locator("#edit-session")).hasAttribute("open", "");
            assertThat(page.locator("#edit-session .field__error")).containsText("the last day comes before the first");
            assertThat(page.locator("#edit-session #form-errors")).containsText("Last day");
            shoot("session-edit-en-refused");
            problems.removeIf(problem -> problem.contains("422"));
            page.locator("#session-startDate").fill(start);
            page.locator("#session-endDate").fill(end);
            page.locator("#session-venue-en").fill("Officers' Club");
            page.locator("#edit-session button[type=submit]").click();
            assertThat(page.locator(".notice--info[role=status]")).hasText("The session’s details are saved.");
            assertThat(page.locator(".page-head__sub")).containsText("Officers' Club");

            choose("العربية", "ar-MA");
            arabicAgain = true;
            assertThat(page.locator("h1")).containsText("الدورة ");
            page.locator("#edit-session > summary").click();
            assertThat(page.locator("#session-venue-en")).hasValue("Officers' Club");
            page.locator("#session-venue-ar").fill("نادي الضباط");
            shoot("session-edit-ar");
            shootPhone("session-edit-ar-390");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("حفظ البيانات"))
                    .click();
            assertThat(page.locator(".notice--info[role=status]")).hasText("حُفظت بيانات الدورة.");
            assertThat(page.locator(".page-head__sub")).containsText("نادي الضباط");
            page.navigate(page.url().replaceAll("/sessions/4.*$", "/sessions/3"));
            assertThat(page.locator("#edit-session")).hasCount(0);
        } finally {
            // planner.mar reads Arabic in the demo; other tests share the account. The switcher
            // saved Arabic as the account's language above, unless the test stopped before it.
            if (!arabicAgain) {
                choose("العربية", "ar-MA");
            }
        }
    }
}
