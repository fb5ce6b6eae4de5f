package org.entente;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.pages.Links;
import org.entente.pages.PageChecks;
import org.entente.support.BrowserCounts;
import org.entente.support.Personas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a person does, in Debian's real Chromium (never a downloaded browser): each test is a new
 * visitor, and fails on any console error or failed request. Screenshots, when asked for with
 * {@code -Dentente.screenshots=window} ({@link #PICTURES}), land in {@code target/screenshots/} to be
 * looked at. Every page a test visits is also checked once per run by
 * {@link PageChecks}: valid HTML, axe-core, no sideways scroll on a phone, links that resolve.
 */
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Paths.get("target/screenshots");
    protected static final String DEMO_PASSWORD = Personas.DEMO_PASSWORD;

    /**
     * One Chromium per test thread, for the whole run. A Playwright and what it made may be used
     * from the thread that made it only; Failsafe's JVM runs the line of classes and, beside it, the
     * classes marked {@link org.entente.support.RunsAlongside} (pom.xml): a browser class of the
     * second kind drives a Chromium of its own.
     */
    private static final ThreadLocal<Browser> BROWSERS = new ThreadLocal<>();
    /**
     * The demo personas' sessions, by server and account: each persona signs in through the form
     * once per application, and later tests take its session cookie into their own fresh browser
     * context ({@link #signInAs}). Nothing else is shared: not the context, its storage, its cache
     * nor its language cookie.
     */
    private static final Map<String, Cookie> SESSIONS = new ConcurrentHashMap<>();

    private static final String SESSION_COOKIE = "ENTENTE_SESSION";
    private static final String LANGUAGE_COOKIE = "ENTENTE_LANG";

    /**
     * The browser counters when this class began ({@link BrowserCounts}), by class: a class running
     * alongside the line counts what both did meanwhile.
     */
    private static final Map<Class<?>, long[]> COUNTS_AT_START = new ConcurrentHashMap<>();

    private Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    protected Page page;
    private BrowserContext context;
    private PageChecks pageChecks;
    /** The other visitors a test opened beside the first (two users at once), closed after it. */
    private final List<BrowserContext> otherContexts = new ArrayList<>();

    private final List<PageChecks> otherChecks = new ArrayList<>();
    /** Console errors and failed requests seen so far; a test that expects a refusal clears it. */
    protected final List<String> problems = new ArrayList<>();

    /**
     * This thread's Chromium, started by the first browser class it runs (each test still gets a
     * fresh browser context: its own cookies, storage and cache): starting Playwright's driver and
     * the browser costs seconds per class.
     */
    @BeforeAll
    static void launch(TestInfo info) {
        COUNTS_AT_START.put(info.getTestClass().orElseThrow(), BrowserCounts.now());
        browser();
    }

    private static Browser browser() {
        Browser browser = BROWSERS.get();
        if (browser != null && browser.isConnected()) {
            return browser;
        }
        Playwright playwright = Playwright.create(
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
        BROWSERS.set(browser);
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
        return browser;
    }

    @AfterAll
    static void count(TestInfo info) {
        Class<?> testClass = info.getTestClass().orElseThrow();
        BrowserCounts.write(testClass.getName(), COUNTS_AT_START.remove(testClass));
    }

    @BeforeEach
    void newVisitor() {
        BrowserCounts.CONTEXTS.incrementAndGet();
        browser = browser();
        context = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860));
        page = context.newPage();
        pageChecks = new PageChecks(browser, context, page, new Links(controllers));
        watch(page);
    }

    /**
     * A second visitor in the same Chromium, with cookies of its own: another person signed in at
     * the same time as the first. Watched and checked like the first; closed after the test.
     */
    protected Page anotherVisitor() {
        BrowserCounts.CONTEXTS.incrementAndGet();
        BrowserContext other = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860));
        Page visitor = other.newPage();
        otherContexts.add(other);
        otherChecks.add(new PageChecks(browser, other, visitor, new Links(controllers)));
        watch(visitor);
        return visitor;
    }

    private void watch(Page page) {
        page.onRequest(request -> {
            if (request.isNavigationRequest() && request.frame() == page.mainFrame()) {
                BrowserCounts.PAGE_LOADS.incrementAndGet();
                if (request.method().equals("POST") && request.url().endsWith("/login")) {
                    BrowserCounts.SIGN_INS.incrementAndGet();
                }
            }
        });
        // A script blocked by the content security policy, a missing font or style: all show here.
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
        pageChecks.close();
        context.close();
        var failures = new ArrayList<>(pageChecks.failures());
        otherChecks.forEach(checks -> {
            checks.close();
            failures.addAll(checks.failures());
        });
        otherContexts.forEach(BrowserContext::close);
        assertThat(problems).as("console errors and failed requests").isEmpty();
        assertThat(failures)
                .as("the pages this test saw first: HTML checker, axe-core, 390 px phone, links")
                .isEmpty();
    }

    /** Picks a language in the switcher and waits until the page has come back in it. */
    protected void choose(String language, String expectedLang) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(language))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", expectedLang);
    }

    /**
     * The visitor signed in as a demo persona, on the home page in the language given: "ar", "en",
     * "fr" or "he", or with the region the page must show it in ("ar-MA", "he-IL"), without going through the sign-in form when the persona has already signed in
     * on this application: its session is taken over. A session that has ended since (signed out,
     * timed out) is noticed by the home page answering with the sign-in page, and the persona then
     * signs in through the form again. Tests of signing in itself, of signing out, of a sign-in
     * being audited, or of an account of their own, use {@link #signIn(String)} on the form.
     */
    protected void signInAs(String username, String lang) {
        signInAs(page, username, lang);
    }

    /** {@link #signInAs(String, String)} for a second visitor ({@link #anotherVisitor()}). */
    protected void signInAs(Page visitor, String username, String lang) {
        String language = lang.substring(0, 2);
        var expected = java.util.regex.Pattern.compile("^" + lang + (lang.contains("-") ? "$" : "-"));
        BrowserContext context = visitor.context();
        String key = port + " " + username;
        Cookie session = SESSIONS.get(key);
        if (session != null) {
            context.addCookies(List.of(session, languageCookie(language)));
            visitor.navigate(url("/"));
            if (!visitor.url().contains("/login")) {
                BrowserCounts.SESSIONS_REUSED.incrementAndGet();
                assertThat(visitor.locator("html")).hasAttribute("lang", expected);
                return;
            }
            SESSIONS.remove(key, session);
            context.clearCookies();
        }
        signInThroughForm(visitor, username, DEMO_PASSWORD, lang);
        context.cookies().stream()
                .filter(cookie -> cookie.name.equals(SESSION_COOKIE))
                .findFirst()
                .ifPresent(cookie -> SESSIONS.put(key, cookie));
    }

    /**
     * Signs an account in through the form, as a person who opened the sign-in page in English and
     * chose the language given ("ar", "en", "fr", "he", or with the region the page must show:
     * "ar-MA") before signing in: the home page comes in that language, and the account keeps it
     * as its own ({@code SignInSuccess}), as if the switcher had been used after signing in. The
     * language cookie is the one the switcher sets; setting it here spares two page loads (the
     * switcher's on the sign-in page, and the home page again after signing in) that check
     * nothing: {@code BrowserIT}'s first test and {@code PeopleBrowserIT} go through the switcher.
     */
    protected void signInThroughForm(Page visitor, String username, String password, String lang) {
        String language = lang.substring(0, 2);
        var expected = java.util.regex.Pattern.compile("^" + lang + (lang.contains("-") ? "$" : "-"));
        BrowserContext context = visitor.context();
        context.addCookies(List.of(languageCookie("en")));
        visitor.navigate(url("/login"));
        // The page reads in English; the next request (the form's) carries the language chosen.
        context.addCookies(List.of(languageCookie(language)));
        Personas.signIn(visitor, username, password);
        visitor.waitForURL(address -> !address.contains("/login"));
        assertThat(visitor.locator("html")).hasAttribute("lang", expected);
    }

    private Cookie languageCookie(String language) {
        return new Cookie(LANGUAGE_COOKIE, language).setUrl(url("/"));
    }

    /** Signs in on the sign-in page, as it reads in English, with the demo password. */
    protected void signIn(String username) {
        Personas.signIn(page, username);
    }

    /** Signs one of the test's own accounts in on the sign-in page, as it reads in English. */
    protected void signIn(String username, String password) {
        Personas.signIn(page, username, password);
    }

    /**
     * What the visitor's window shows (1280 × 860), not the whole height of the page: a full-page
     * shot lays a long page out again at its full height and encodes every pixel of it, and was
     * the costliest thing the browser did in a build. No issue asks for the whole height of these
     * pages; {@code Issue16ScreenshotsBrowserIT} photographs the pages issue 16 asks to be looked at
     * whole.
     */
    protected void shoot(String name) {
        screenshot(page, new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /**
     * Whether a person asked for pictures: {@code -Dentente.screenshots=window} (what the window
     * shows) or {@code =whole} ({@code Issue16ScreenshotsBrowserIT}'s pages at their full height). A
     * plain build takes none: no assertion reads a picture, and the pages are visited and checked the
     * same either way (274 pictures a build, about 70 CPU-s of Chromium, round build33).
     */
    protected static final boolean PICTURES =
            !System.getProperty("entente.screenshots", "").isBlank()
                    && !"none".equals(System.getProperty("entente.screenshots"));

    /**
     * A screenshot when {@link #PICTURES} were asked for, counted with Chromium's CPU in taking it
     * ({@link BrowserCounts}); nothing otherwise.
     */
    protected static void screenshot(Page visitor, Page.ScreenshotOptions options) {
        if (!PICTURES) {
            return;
        }
        long children = BrowserCounts.childTicks();
        visitor.screenshot(options);
        BrowserCounts.SHOTS.incrementAndGet();
        BrowserCounts.SHOT_CHILD_TICKS.addAndGet(BrowserCounts.childTicks() - children);
    }

    /** What a 390 px wide phone shows of the page; the window comes back after. */
    protected void shootPhone(String name) {
        if (!PICTURES) {
            return;
        }
        var size = page.viewportSize();
        page.setViewportSize(390, 844);
        shoot(name);
        page.setViewportSize(size.width, size.height);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
