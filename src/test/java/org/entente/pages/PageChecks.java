package org.entente.pages;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.entente.support.BrowserCounts;

/**
 * Every page a browser test visits, checked once per run and language: the W3C Nu HTML checker over
 * the HTML the server sent; axe-core (WCAG 2.1 A and AA) and "no sideways scroll at 390 px" in Arabic
 * and in English; and every link, form action and {@code data-hx-*} URL resolved against the
 * controllers.
 *
 * <p>A page is known by its route, the method and the pattern of the controller's handler ("GET
 * /workplans/{id}"), not by its ids or its query: {@code /workplans/12?closed} is the page {@code
 * /workplans/7} already checked. Each route is checked once per language in a run; the second and
 * later loads of it, in any test, check nothing again.
 *
 * <p>The checks run when the visitor's page has loaded, in a second browser context with a 390 px
 * phone viewport, so the test itself is never disturbed: the HTML the visitor received is replayed
 * there, then a page reached by GET is asked for again in Arabic or English (whichever it was not
 * seen in) with the visitor's session cookie and a language cookie of its own. A page reached by
 * POST (a form shown again with its errors) is checked in the language it was written in.
 *
 * <p>Once per run means once across the test JVMs: the first to see a page in a language claims it
 * ({@link #firstSight}). What each page showed is written to {@code target/page-checks.txt}; with {@code
 * -Dentente.phone-screenshots=true} the phone's screenshots go to {@code target/screenshots/390/}.
 */
public final class PageChecks {

    public static final int PHONE_WIDTH = 390;
    private static final List<String> LANGUAGES = List.of("ar", "en");
    private static final String LANGUAGE_COOKIE = "ENTENTE_LANG";
    private static final Path REPORT = Path.of("target/page-checks.txt");
    private static final Path PHONE_SHOTS = Path.of("target/screenshots/390");

    /** Routes and languages claimed in this JVM ("GET /workplans/{id} ar"). */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /**
     * Pages claimed in this run by any test JVM (Failsafe runs two): one empty file per page, made
     * only if absent, in a folder named after the run ({@code entente.test-run}, set by pom.xml).
     */
    private static final Path CLAIMS = Path.of("target/page-checks");

    private static HtmlChecker htmlChecker;
    private static String axe;

    private final Browser browser;
    private final BrowserContext visitor;
    private final Links links;
    private final List<String> failures = new ArrayList<>();
    private final java.util.ArrayDeque<Seen> pending = new java.util.ArrayDeque<>();
    private boolean checking;

    /**
     * One phone per Chromium (one per test thread: {@code BrowserTest}) for the whole run, not one
     * per test: a browser context and its first page start a renderer process. Its cookies are set
     * afresh for every page it is shown ({@link #onPhone}), and it is left on a blank page between
     * tests, so it neither carries a session from one test to the next nor polls the server while
     * it waits.
     */
    private static final ThreadLocal<Phone> PHONES = new ThreadLocal<>();

    private record Phone(Browser browser, BrowserContext context, Page page) {}

    private BrowserContext phoneContext;
    private Page phone;

    /**
     * A page as the visitor's browser received it, with what this visitor claimed of it: the
     * language it was written in ({@code here}) and the languages it is to be asked for again in.
     */
    private record Seen(
            String method, URI url, String route, int status, String html, boolean here, List<String> again) {

        String language() {
            return languageOf(html);
        }
    }

    /** The language a page was written in, from {@code <html lang="ar-MA">}: "ar". */
    static String languageOf(String html) {
        var lang =
                java.util.regex.Pattern.compile("<html[^>]*\\slang=\"([a-z]+)").matcher(html);
        return lang.find() ? lang.group(1) : "?";
    }

    public PageChecks(Browser browser, BrowserContext visitor, Page page, Links links) {
        this.browser = browser;
        this.visitor = visitor;
        this.links = links;
        // The HTML is taken as it arrives; the checks run when the page has loaded, on a copy: the
        // visitor's page may already be on its way elsewhere, and is never asked anything.
        page.onResponse(response -> {
            if (response.request().isNavigationRequest()
                    && response.frame() == page.mainFrame()
                    && (response.status() < 300 || response.status() >= 400)
                    && String.valueOf(response.headerValue("content-type")).startsWith("text/html")) {
                URI url = URI.create(response.url());
                String method = response.request().method();
                String route = links.route(method, url).orElse(method + " " + key(url));
                if (LANGUAGES.stream().allMatch(language -> CHECKED.contains(route + " " + language))) {
                    return; // seen in Arabic and English already: nothing to check again
                }
                String html;
                try {
                    html = response.text();
                } catch (PlaywrightException e) {
                    failures.add(method + " " + url + " — its HTML could not be read: " + e.getMessage());
                    return;
                }
                String language = languageOf(html);
                boolean here = firstSight(route + " " + language);
                List<String> again = new ArrayList<>();
                if (method.equals("GET")) {
                    for (String other : LANGUAGES) {
                        if (!other.equals(language) && firstSight(route + " " + other)) {
                            again.add(other);
                        }
                    }
                }
                if (here || !again.isEmpty()) {
                    pending.add(new Seen(method, url, route, response.status(), html, here, again));
                }
            }
        });
        page.onLoad(loaded -> checkWhatWasSeen());
    }

    /** What the checks found on the pages this visitor saw first in this run; empty when all pass. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Checks what is left (a page that loaded while another was being checked), then blanks the phone. */
    public void close() {
        checkWhatWasSeen();
        if (phone != null && !phone.isClosed()) {
            phoneContext.clearCookies();
            phone.navigate("about:blank");
        }
    }

    private void checkWhatWasSeen() {
        if (checking) {
            return;
        }
        checking = true;
        try {
            while (!pending.isEmpty()) {
                check(pending.poll());
            }
        } finally {
            checking = false;
        }
    }

    private void check(Seen seen) {
        long started = System.nanoTime();
        long cpu = BrowserCounts.threadCpuNanos();
        long children = BrowserCounts.childTicks();
        BrowserCounts.PAGES_CHECKED.incrementAndGet();
        URI url = seen.url();
        String where =
                seen.method() + " " + url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        List<String> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> checkedIn = new ArrayList<>();
        try {
            boolean linksSeen = false;
            if (seen.here()) {
                html(found, seen.language(), seen.html());
                onPhone(found, seen, seen.language(), true);
                links(found);
                linksSeen = true;
                checkedIn.add(seen.language());
            } else {
                notes.add("seen in " + seen.language() + ", already checked in it");
            }
            if (!seen.method().equals("GET")) {
                LANGUAGES.stream()
                        .filter(language -> !language.equals(seen.language()))
                        .forEach(language ->
                                notes.add("not asked for again in " + language + ": reached by " + seen.method()));
            }
            // Then in Arabic and English, where this route is not yet checked: asked for again (GET only).
            for (String language : seen.again()) {
                if (onPhone(found, seen, language, false)) {
                    checkedIn.add(language);
                    if (!linksSeen) {
                        links(found);
                        linksSeen = true;
                    }
                } else {
                    notes.add("not asked for again in " + language + ": the visitor's session had ended");
                    release(seen.route() + " " + language); // a later visitor may check it
                }
            }
        } catch (PlaywrightException e) {
            String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            found.add("could not be checked: " + message.substring(0, Math.min(600, message.length())));
        }
        found.forEach(problem -> failures.add(where + " — " + problem));
        BrowserCounts.CHECK_JVM_NANOS.addAndGet(BrowserCounts.threadCpuNanos() - cpu);
        BrowserCounts.CHECK_CHILD_TICKS.addAndGet(BrowserCounts.childTicks() - children);
        report(
                where + " (" + seen.route() + "; " + String.join(", ", checkedIn) + ")",
                found,
                notes,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The checker's errors, one line per message with the places it was found ("12:5, 40:5"). */
    private void html(List<String> found, String language, String html) {
        var places = new java.util.LinkedHashMap<String, List<String>>();
        for (String error : htmlChecker().errors(html)) {
            String[] placeAndMessage = error.split(": ", 2);
            places.computeIfAbsent(placeAndMessage[1], message -> new ArrayList<>())
                    .add(placeAndMessage[0]);
        }
        places.forEach((message, where) -> found.add("HTML (" + language + ") " + message + " at "
                + String.join(", ", where.subList(0, Math.min(5, where.size())))
                + (where.size() > 5 ? " and " + (where.size() - 5) + " more" : "")));
    }

    @SuppressWarnings("unchecked")
    private void links(List<String> found) {
        List<String> seen = (List<String>) phone.evaluate(Scripts.LINKS);
        for (String link : new TreeSet<>(seen)) {
            int space = link.indexOf(' ');
            links.problem(link.substring(0, space), URI.create(link.substring(space + 1)))
                    .ifPresent(problem -> found.add("link: " + problem));
        }
    }

    /**
     * The page on a 390 px phone: the HTML the visitor saw replayed, or the page asked for again in
     * another language with the visitor's session. False if it could not be asked for again.
     */
    @SuppressWarnings("unchecked")
    private boolean onPhone(List<String> found, Seen seen, String language, boolean replay) {
        Page phone = phone();
        URI url = seen.url();
        phoneContext.clearCookies();
        List<Cookie> cookies = visitor.cookies().stream()
                .filter(cookie -> !cookie.name.equals(LANGUAGE_COOKIE))
                .collect(Collectors.toCollection(ArrayList::new));
        cookies.add(new Cookie(LANGUAGE_COOKIE, language).setUrl(url.getScheme() + "://" + url.getAuthority()));
        phoneContext.addCookies(cookies);
        if (replay) {
            phone.route(url.toString(), route -> {
                if (route.request().isNavigationRequest()) {
                    route.fulfill(new Route.FulfillOptions()
                            .setStatus(seen.status())
                            .setContentType("text/html;charset=UTF-8")
                            .setBody(seen.html()));
                } else {
                    route.resume();
                }
            });
        }
        Response response = phone.navigate(url.toString());
        if (replay) {
            phone.unrouteAll();
        } else {
            if (response == null || !URI.create(response.url()).getPath().equals(url.getPath())) {
                return false;
            }
            if (response.status() != seen.status()) {
                found.add("(" + language + ") asked for again it answers " + response.status() + ", not "
                        + seen.status());
                return true;
            }
            html(found, language, response.text());
        }
        int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
        if (width > PHONE_WIDTH) {
            found.add("(" + language + ") " + width + " px wide on a " + PHONE_WIDTH + " px phone: "
                    + phone.evaluate(Scripts.OVERFLOWING));
        }
        phone.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        BrowserCounts.AXE_RUNS.incrementAndGet();
        for (String violation : (List<String>) phone.evaluate(Scripts.AXE)) {
            found.add("axe (" + language + ") " + violation);
        }
        if (Boolean.getBoolean("entente.phone-screenshots")) {
            phone.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(PHONE_SHOTS.resolve(shotName(url) + "-" + language + ".png")));
        }
        return true;
    }

    private Page phone() {
        Phone kept = PHONES.get();
        if (kept == null || kept.browser() != browser || kept.page().isClosed()) {
            BrowserCounts.CONTEXTS.incrementAndGet();
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(PHONE_WIDTH, 844)
                    .setLocale("en-GB")
                    // axe is injected as an inline script, which the pages' policy rightly refuses.
                    .setBypassCSP(true));
            kept = new Phone(browser, context, context.newPage());
            PHONES.set(kept);
        }
        phoneContext = kept.context();
        phone = kept.page();
        return phone;
    }

    /** The page's shape, not its data: /workplans/12?year=2026 and /workplans/7?year=2025 are one page. */
    static String key(URI url) {
        String path = url.getRawPath().replaceAll("/\\d+(?=/|$)", "/{n}");
        if (url.getRawQuery() == null) {
            return path;
        }
        var names = new TreeSet<String>();
        for (String pair : url.getRawQuery().split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return path + "?" + String.join("&", names);
    }

    /**
     * Whether no JVM of this run has seen the page (its route and a language: "GET /workplans/{id}
     * ar") yet: then this one checks it.
     */
    static boolean firstSight(String page) {
        if (!CHECKED.add(page)) {
            return false;
        }
        Path claim = claim(page);
        if (claim == null) {
            return true; // not under Failsafe: this JVM is the whole run
        }
        try {
            Files.createDirectories(claim.getParent());
            Files.createFile(claim);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives a claim back, unchecked: the next visitor to see the page checks it. */
    static void release(String page) {
        CHECKED.remove(page);
        Path claim = claim(page);
        if (claim != null) {
            try {
                Files.deleteIfExists(claim);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The claim file of a page in this run, or null when not under Failsafe. */
    private static Path claim(String page) {
        String run = System.getProperty("entente.test-run", "").replaceAll("[^0-9A-Za-z]", "");
        if (run.isEmpty()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8));
            return CLAIMS.resolve(run).resolve(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shotName(URI url) {
        String name = key(url).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "home" : name;
    }

    private static synchronized HtmlChecker htmlChecker() {
        if (htmlChecker == null) {
            htmlChecker = new HtmlChecker();
        }
        return htmlChecker;
    }

    private static synchronized String axe() {
        if (axe == null) {
            try (InputStream in =
                    PageChecks.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    private static synchronized void report(String where, List<String> found, List<String> notes, long millis) {
        try {
            Files.createDirectories(REPORT.getParent());
            var lines = new ArrayList<String>();
            lines.add(where + (found.isEmpty() ? " — ok" : " — " + found.size() + " problems") + " — checked in "
                    + millis + " ms");
            found.forEach(problem -> lines.add("    " + problem));
            notes.forEach(note -> lines.add("    (note) " + note));
            Files.write(REPORT, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
