package org.entente.agreements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.identity.Accounts;
import org.entente.identity.NewAccount;
import org.entente.shared.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Israel – Morocco relationship timeline in Debian's Chromium, in English and in Arabic, where
 * the time axis mirrors. Screenshots land in {@code target/screenshots/}.
 */
@DemoApplicationTest
class TimelineBrowserIT {

    static final Path SCREENSHOTS = Paths.get("target/screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("entente.chromium", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Autowired
    Accounts accounts;

    /**
     * An Israeli reader of the test's own: choosing a language is stored on the account, and the
     * demo's accounts are shared with the other tests.
     */
    static final String READER = "timeline.isr";

    @BeforeEach
    void newVisitor() {
        if (!accounts.exists(READER)) {
            accounts.create(new NewAccount(
                    READER, "a long enough pass phrase", "ISR", Classification.RESTRICTED, "en", false, false, false));
        }
        context = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add("console: " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add(response.status() + " " + response.url());
            }
        });
    }

    @AfterEach
    void leave() {
        context.close();
        assertThat(problems).as("console errors and failed requests").isEmpty();
    }

    @Test
    void anIsraeliReaderReadsTheRelationshipTimelineInEnglishThenInArabicWhereTimeRunsRightToLeft() {
        page.navigate(url("/login"));
        choose("English", "en-MA");
        page.getByLabel("Username").fill(READER);
        page.getByLabel("Password").fill("a long enough pass phrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
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
        assertThat(page.locator("main")).not().containsText("France");
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

    private void choose(String language, String expectedLang) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(language))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", expectedLang);
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
