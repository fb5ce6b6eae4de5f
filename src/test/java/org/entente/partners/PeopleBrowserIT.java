package org.entente.partners;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * On a phone (390 px wide), in Arabic, Hebrew and English, the home page, the third session's
 * minutes and the 2026 plan name people — the greeting, the co-chairs who signed — and never a
 * login name. A language chosen on the sign-in page wins over the account's saved one. Screenshots
 * land in {@code target/screenshots/people-*}.
 */
@DemoApplicationTest
class PeopleBrowserIT extends BrowserTest {

    private static final List<String> LOGINS = List.of(
            "admin.mar",
            "planner.mar",
            "viewer.mar",
            "auditor.mar",
            "admin.isr",
            "planner.isr",
            "liaison.isr",
            "planner.fra");

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void inArabicTheMoroccanPlannerReadsNamesNotLogins() {
        visit("planner.mar", "ar-MA");
        assertThat(page.locator("h1")).containsText("هشام بنسليمان");
        noLogin();
        shoot("people-home-ar");
        minutes();
        assertThat(page.locator(".signatures"))
                .containsText("كولونيل إيتان ليفي، رئيس فرع تخطيط التعاون بمديرية التخطيط");
        assertThat(page.locator(".signatures")).containsText("هشام بنسليمان");
        noLogin();
        shoot("people-minutes-ar");
        plan();
        // The co-chairs who signed: a person's name, then their function as co-chair, no "(صفة)" marker.
        assertThat(page.locator("main")).containsText("جيل هارئيل");
        assertThat(page.locator("main")).containsText("رئيس شعبة التعاون الدولي، رئيس مشارك");
        assertThat(page.locator("main")).containsText("رشيد بناني");
        assertThat(page.locator("main")).containsText("مدير التعاون الدولي، رئيس مشارك");
        assertThat(page.locator("main")).not().containsText("(صفة)");
        noLogin();
        shoot("people-plan-ar");
    }

    @Test
    void inHebrewTheIsraeliPlannerReadsNamesNotLogins() {
        visit("planner.isr", "he-IL");
        assertThat(page.locator("h1")).containsText("איתן לוי");
        noLogin();
        shoot("people-home-he");
        minutes();
        assertThat(page.locator(".signatures")).containsText("הישאם בן סלימאן");
        assertThat(page.locator(".signatures")).containsText("איתן לוי");
        noLogin();
        shoot("people-minutes-he");
        plan();
        assertThat(page.locator("main")).containsText("גיל הראל");
        assertThat(page.locator("main")).containsText("ראש החטיבה לשיתוף פעולה בינלאומי, יושב ראש משותף");
        assertThat(page.locator("main")).containsText("רשיד בנאני");
        assertThat(page.locator("main")).containsText("מנהל שיתוף הפעולה הבינלאומי, יושב ראש משותף");
        assertThat(page.locator("main")).not().containsText("(תפקיד)");
        noLogin();
        shoot("people-plan-he");
    }

    @Test
    void englishChosenBeforeSignInWinsOverTheAccountsHebrew() {
        // planner.isr saved Hebrew; English chosen on the sign-in page is what they get, and keep.
        page.setViewportSize(390, 844);
        page.navigate(url("/login"));
        choose("English", "en-MA");
        signIn("planner.isr");
        assertThat(page.locator("html")).hasAttribute("lang", "en-IL");
        assertThat(page.locator("h1")).containsText("Welcome, Eitan Levi");
        shoot("people-home-en");
        minutes();
        assertThat(page.locator(".signatures")).containsText("Colonel Hicham Ben Slimane");
        noLogin();
        shoot("people-minutes-en");
        plan();
        noLogin();
        shoot("people-plan-en");
        assertThat(Personas.inTransaction(
                        transactions,
                        Personas.HOST,
                        () -> sql.sql("select language from identity.account where username = 'planner.isr'")
                                .query(String.class)
                                .single()))
                .isEqualTo("en");
        sql.sql("update identity.account set language = 'he' where username = 'planner.isr'")
                .update();
    }

    /** Signed in on a phone, reading the language given (the persona's session taken over when it has one). */
    private void visit(String username, String lang) {
        page.setViewportSize(390, 844);
        signInAs(username, lang);
    }

    private void minutes() {
        page.navigate(url("/committees/" + id("select id from committees.committee where code = 'JMC-ISR-MAR'")
                + "/sessions/3/minutes"));
    }

    private void plan() {
        page.navigate(url("/workplans/"
                + id("select id from workplans.plan where committee_code = 'JMC-ISR-MAR' and year = 2026")));
    }

    private void noLogin() {
        String text = page.locator("body").innerText();
        for (String login : LOGINS) {
            assertThat(text).as("the page names " + login).doesNotContain(login);
        }
    }

    private long id(String query) {
        return Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql(query).query(Long.class).single());
    }
}
