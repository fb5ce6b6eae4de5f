package org.entente.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.support.BrowserCounts;
import org.junit.jupiter.api.Test;

/**
 * The browser tests' shared sign-ins ({@code BrowserTest.signInAs}) carry nothing from one test into
 * another but the account's session: a visitor that takes a persona's session over reads the language
 * it asked for, not the one the persona's earlier visitor chose, and a session ended by signing out
 * is never handed on: the next visitor signs in through the form again.
 */
@DemoApplicationTest
class SignedInSessionsBrowserIT extends BrowserTest {

    @Test
    void aSessionTakenOverIsTheSameAccountInTheLanguageItsNewVisitorAskedFor() {
        signInAs("viewer.mar", "he-MA");
        String welcome = page.locator("h1").textContent();
        String banner = page.locator(".classification-banner--top").getAttribute("data-banner");
        assertThat(welcome).startsWith("ברוכים הבאים, ");

        Page other = anotherVisitor();
        long reused = BrowserCounts.SESSIONS_REUSED.get();
        long signIns = BrowserCounts.SIGN_INS.get();
        signInAs(other, "viewer.mar", "en-MA");
        assertThat(BrowserCounts.SESSIONS_REUSED.get() - reused)
                .as("sessions taken over")
                .isEqualTo(1);
        assertThat(BrowserCounts.SIGN_INS.get() - signIns)
                .as("sign-ins through the form")
                .isZero();
        assertThat(other.locator("h1")).hasText(java.util.regex.Pattern.compile("^Welcome, \\S"));
        assertThat(other.locator(".classification-banner--top")).hasAttribute("data-banner", banner);

        // The first visitor's language is its own browser's: still Hebrew.
        page.reload();
        assertThat(page.locator("html")).hasAttribute("lang", "he-MA");
        assertThat(page.locator("h1")).hasText(welcome);
    }

    @Test
    void aSessionEndedBySigningOutIsNotHandedOnTheNextVisitorSignsInAgain() {
        signInAs("viewer.mar", "en-MA");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(url("/login?signedOut"));

        Page other = anotherVisitor();
        long reused = BrowserCounts.SESSIONS_REUSED.get();
        long signIns = BrowserCounts.SIGN_INS.get();
        signInAs(other, "viewer.mar", "ar-MA");
        assertThat(other).not().hasURL(java.util.regex.Pattern.compile("/login"));
        assertThat(other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تسجيل الخروج")))
                .isVisible();
        assertThat(BrowserCounts.SIGN_INS.get() - signIns)
                .as("sign-ins through the form")
                .isEqualTo(1);
        assertThat(BrowserCounts.SESSIONS_REUSED.get() - reused)
                .as("sessions taken over")
                .isZero();
    }
}
