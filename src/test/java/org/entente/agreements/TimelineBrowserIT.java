package org.entente.agreements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The Israel – Morocco relationship timeline in Debian's Chromium, in English and in Arabic, where
 * the time axis mirrors. Screenshots land in {@code target/screenshots/}.
 */
@DemoApplicationTest
class TimelineBrowserIT extends BrowserTest {

    @Autowired
    Accounts accounts;

    /**
     * An Israeli reader of the test's own: choosing a language is stored on the account, and the
     * demo's accounts are shared with the other tests.
     */
    static final String READER = "timeline.isr";

    /** Created once: the application, and so the account, is shared with the other tests. */
    @BeforeEach
    void aReaderOfItsOwn() {
        if (!accounts.exists(READER)) {
            accounts.create(new NewAccount(
                    READER, "a long enough pass phrase", "ISR", Classification.RESTRICTED, "en", false, false, false));
        }
    }

    @Test
    void anIsraeliReaderReadsTheRelationshipTimelineInEnglishThenInArabicWhereTimeRunsRightToLeft() {
        signInThroughForm(page, READER, "a long enough pass phrase", "en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agreements"))
                .first()
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(
                                        "Israel – Morocco memorandum of understanding on security and defence cooperation"))
                .click();
        assertThat(page.locator(".history")).containsText("Suspended");
        assertThat(page.locator(".history")).containsText("War in Gaza");
        shoot("agreement-en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Timeline of the relationship"))
                .click();
        assertThat(page.locator("h1")).hasText("Relationship timeline");
        assertThat(page.locator(".timeline__item").first()).containsText("Diplomatic relations");
        assertThat(page.locator("main")).containsText("The war in Gaza begins");
        assertThat(page.locator("ol.timeline")).not().containsText("France");
        assertThat(page.locator(".classification-banner--top"))
                .hasAttribute("data-banner", "RESTRICTED // REL TO MAR, ISR");
        var date = page.locator(".timeline__date").first().boundingBox();
        var body = page.locator(".timeline__body").first().boundingBox();
        assertThat(date.x).isLessThan(body.x);
        var firstYear = page.locator(".timeline-ruler__year").first().boundingBox();
        var lastYear = page.locator(".timeline-ruler__year").last().boundingBox();
        assertThat(firstYear.x).isLessThan(lastYear.x);
        shoot("timeline-en");

        // The reader's region is Israel's: Arabic as written there.
        choose("العربية", "ar-IL");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("الخط الزمني للعلاقة");
        assertThat(page.locator(".timeline__item").first()).containsText("استئناف العلاقات الدبلوماسية");
        // Mirrored: dates at the right of the axis, and the years run from right to left.
        date = page.locator(".timeline__date").first().boundingBox();
        body = page.locator(".timeline__body").first().boundingBox();
        assertThat(date.x).isGreaterThan(body.x + body.width - 1);
        firstYear = page.locator(".timeline-ruler__year").first().boundingBox();
        lastYear = page.locator(".timeline-ruler__year").last().boundingBox();
        assertThat(firstYear.x).isGreaterThan(lastYear.x);
        shoot("timeline-ar");
    }
}
