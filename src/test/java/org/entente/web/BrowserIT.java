package org.entente.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.inTransaction;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a person does, in Debian's real Chromium: sign in, switch language, read the banner. The
 * screenshots land in {@code target/screenshots/} to be looked at.
 */
@DemoApplicationTest
class BrowserIT extends BrowserTest {

    private static final SystemSubject HOST = new SystemSubject("browser", "MAR", Classification.SECRET);

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPlannerSignsInSwitchesToArabicAndReadsARightToLeftPage() {
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        shoot("login-en");

        choose("العربية", "ar-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("تسجيل الدخول");
        shoot("login-ar");

        choose("English", "en-MA");
        signIn("planner.mar");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Hicham Ben Slimane");
        assertThat(page.locator(".classification-banner--top")).hasAttribute("data-banner", "CONFIDENTIAL // MAR");
        shoot("home-en");

        choose("العربية", "ar-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".classification-banner--top")).isVisible();
        assertThat(page.locator(".classification-banner--bottom")).hasAttribute("data-banner", "CONFIDENTIAL // MAR");
        assertThat(page.locator("main")).containsText("دجنبر 2025");
        // Mirrored: the brand sits at the right edge of a right-to-left header.
        var brand = page.locator(".brand").boundingBox();
        assertThat(brand.x).isGreaterThan(640);
        shoot("home-ar");

        choose("עברית", "he-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        shoot("home-he");
        choose("français", "fr-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        shoot("home-fr");
    }

    @Test
    void anIsraeliLiaisonDoesNotSeeWhatTheMoroccanPlannerSees() {
        page.navigate(url("/login"));
        signIn("liaison.isr");
        assertThat(page.locator("main")).containsText("Israel – Morocco Joint Military Committee");
        assertThat(page.locator("main")).not().containsText("France – Morocco");
        assertThat(page.locator(".classification-banner--top"))
                .hasAttribute("data-banner", "RESTRICTED // REL TO MAR, ISR");
        shoot("home-liaison-isr");
    }

    @Test
    void aPlannerOpensACommitteeAndSeesItsSessionsAndItsMarking() {
        signInAs("planner.mar", "en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Committees"))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Israel – Morocco Joint Military Committee"))
                .click();
        assertThat(page.locator("h1")).hasText("Israel – Morocco Joint Military Committee");
        assertThat(page.locator("section[aria-labelledby=sessions-heading] tbody tr"))
                .hasCount(4);
        // The relabel form (its ~250 nations) comes when opened, swapped in by htmx (committee20i).
        assertThat(page.getByLabel("Classification", new Page.GetByLabelOptions().setExact(true)))
                .hasCount(0);
        page.locator("#relabel-open").click();
        assertThat(page.getByLabel("Classification", new Page.GetByLabelOptions().setExact(true)))
                .isVisible();
        assertThat(page.locator("#label-panel input[name=releasableTo][value=FRA]"))
                .hasCount(1);
        shoot("committee-en");
        choose("العربية", "ar-MA");
        assertThat(page.locator("section[aria-labelledby=sessions-heading] tbody tr")
                        .first())
                .containsText("الدورة الرابعة");
        shoot("committee-ar");
    }

    @Test
    void anAdministratorManagesTheirNationsAccountsAndSetsUpASecondFactor() {
        signInAs("admin.isr", "en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))
                .click();
        assertThat(page.locator("main")).containsText("planner.isr");
        assertThat(page.locator("main")).not().containsText("planner.mar");
        shoot("accounts-en");
        choose("עברית", "he-IL");
        shoot("accounts-he");
        choose("العربية", "ar-IL");
        page.navigate(url("/account/second-factor"));
        assertThat(page.locator(".qr svg")).isVisible();
        shoot("second-factor-ar");
    }

    @Test
    void aPlannerAttachesAFileToACommitteeInArabic() throws Exception {
        // The host's internal preparation committee: no other test attaches to it, and a committee
        // of the test's own would change what every persona counts on the committee list.
        long committee = inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select id from committees.committee where code = 'PREP-MAR'")
                        .query(Long.class)
                        .single());
        Path file = Files.createTempDirectory("entente-upload").resolve("محضر الاجتماع.png");
        var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", file.toFile());

        signInAs("planner.mar", "ar-MA");
        page.navigate(url("/committees/" + committee));
        assertThat(page.locator("#attachments")).containsText("لا يوجد ملف مرفق بعد.");
        page.getByLabel("إرفاق ملف").setInputFiles(file);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("إرفاق").setExact(true))
                .click();
        assertThat(page.locator("#attachments [role=status]")).hasText("أُرفق الملف.");
        assertThat(page.locator("#attachments tbody tr")).hasCount(1);
        assertThat(page.locator("#attachments tbody tr")).containsText("محضر الاجتماع.png");
        assertThat(page.locator("#attachments tbody tr")).containsText("الإصدار 1");
        assertThat(page.locator("#attachments tbody tr")).containsText("PNG");
        shoot("attachments-ar");
    }

    @Test
    void anIsraeliPlannerReadsTheOrganizationTreeInHebrewAndThePeopleInArabic() {
        signInAs("planner.isr", "he-IL");
        page.navigate(url("/organizations?nation=ISR"));
        assertThat(page.locator(".org-tree .org-tree .org-tree .org-tree"))
                .containsText("החטיבה לשיתוף פעולה בינלאומי");
        shoot("organizations-he");
        choose("العربية", "ar-IL");
        page.navigate(url("/people"));
        assertThat(page.locator("table.table tbody tr")).hasCount(6);
        assertThat(page.locator("main")).containsText("رئيس شعبة التعاون الدولي");
        shoot("people-ar");
        // Each name leads to the person's own page (the committee page links its members there too).
        page.locator("table.table tbody tr")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("شعبة التعاون الدولي ICD"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("عميد"))
                .locator("a")
                .first()
                .click();
        assertThat(page.locator("h1")).not().isEmpty();
        assertThat(page.locator("main dl")).containsText("رئيس شعبة التعاون الدولي");
        shoot("person-ar");
    }

    @Test
    void aPlannerOpensTheNewAgreementFormInEnglishAndArabic() {
        signInAs("planner.mar", "en");
        page.navigate(url("/agreements"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New agreement"))
                .click();
        assertThat(page.locator("form")).not().hasCount(0);
        shoot("agreement-new-en");
        choose("العربية", "ar-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        shoot("agreement-new-ar");
        // Sent empty: the same form again, its errors named.
        page.locator("main form button[type=submit]").last().click();
        assertThat(page.locator("main [role=alert]")).isVisible();
        shoot("agreement-new-errors-ar");
        problems.clear(); // the refusal answers 422, as it should
    }

    @Test
    void anAdministratorOpensTheNewOrganizationFormInHebrew() {
        signInAs("admin.mar", "en");
        page.navigate(url("/organizations/new"));
        choose("עברית", "he-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        shoot("organization-new-he");
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        signInThroughForm(page, "viewer.mar", DEMO_PASSWORD, "en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page).hasURL(url("/login?signedOut"));
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }
}
