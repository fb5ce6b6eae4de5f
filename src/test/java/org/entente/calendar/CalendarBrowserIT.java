package org.entente.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.identity.Accounts;
import org.entente.identity.NewAccount;
import org.entente.shared.Classification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The month view and the feeds page in Debian's Chromium, in English and in Arabic. */
@DemoApplicationTest
class CalendarBrowserIT extends BrowserTest {

    /** A Moroccan reader of the test's own: choosing a language is stored on the account. */
    static final String READER = "calendar.mar";

    @Autowired
    Accounts accounts;

    @BeforeEach
    void aReaderOfItsOwn() {
        if (!accounts.exists(READER)) {
            accounts.create(new NewAccount(
                    READER, DEMO_PASSWORD, "MAR", Classification.CONFIDENTIAL, "en", false, false, false));
        }
    }

    @Test
    void aMoroccanReaderReadsDecemberInArabicThenInEnglishAndMakesAFeed() {
        signInThroughForm(page, READER, DEMO_PASSWORD, "ar-MA");
        page.navigate(url("/calendar?month=2026-12"));
        // Moroccan month names, and the fourth session of the Israel – Morocco committee.
        assertThat(page.locator(".month-nav__title")).containsText("دجنبر 2026");
        assertThat(page.locator(".month"))
                .containsText("اللجنة العسكرية المشتركة المغربية الإسرائيلية، الدورة الرابعة");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        // A week is one row of seven days, the first day at the right in Arabic.
        var first = page.locator(".month tbody tr").first().locator("td").nth(0).boundingBox();
        var second =
                page.locator(".month tbody tr").first().locator("td").nth(1).boundingBox();
        org.assertj.core.api.Assertions.assertThat(second.y).isEqualTo(first.y);
        org.assertj.core.api.Assertions.assertThat(second.x).isLessThan(first.x);
        shoot("calendar-month-ar");

        // The switcher comes back to the page it was used on (its query too): no need to ask again.
        choose("English", "en-MA");
        assertThat(page).hasURL(url("/calendar?month=2026-12"));
        assertThat(page.locator(".month-nav__title")).containsText("December 2026");
        assertThat(page.locator(".month")).containsText("Israel – Morocco Joint Military Committee, 4th session");
        shoot("calendar-month-en");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subscribe in a calendar program"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the feed"))
                .click();
        assertThat(page.locator(".feed-address")).hasValue(java.util.regex.Pattern.compile("/calendar/.+\\.ics$"));
        shoot("calendar-feeds-en");
    }
}
