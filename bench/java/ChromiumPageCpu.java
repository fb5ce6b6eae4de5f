import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Chromium's CPU per page load, as the browser tests drive it (BrowserTest's flags, a fresh browser
 * context per round, planner.mar's session, ar and en in turn), per page and per Chromium process
 * kind. Run by bench/chromium-page-cpu.sh; arguments: port, rounds, extra Chromium flags (one string).
 */
public class ChromiumPageCpu {

    private static final Pattern TYPE = Pattern.compile("--type=([a-z-]+)");
    private static final Pattern SUB_TYPE = Pattern.compile("--utility-sub-type=([A-Za-z._]+)");

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:" + args[0];
        int rounds = Integer.parseInt(args[1]);
        List<String> extra = args.length > 2 && !args[2].isBlank() ? List.of(args[2].split(" ")) : List.of();
        var flags = new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic"));
        flags.addAll(extra);
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(flags));
            BrowserContext signing = browser.newContext();
            Page page = signing.newPage();
            page.navigate(base + "/login");
            page.getByLabel("Username").fill("planner.mar");
            page.getByLabel("Password").fill("Entente-Demo-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(url -> !url.contains("/login"));
            Cookie session = signing.cookies().stream()
                    .filter(cookie -> cookie.name.equals("ENTENTE_SESSION"))
                    .findFirst()
                    .orElseThrow();
            List<String> pages = new ArrayList<>(List.of("/", "/agreements", "/projects", "/people",
                    "/workplans/dashboard", "/notifications", "/search?q=Benslimane", "/committees"));
            page.navigate(base + "/workplans");
            String plan = firstLink(page, "/workplans/");
            page.navigate(base + "/committees");
            String committee = firstLink(page, "/committees/");
            if (plan != null) {
                pages.add(plan);
                pages.add(plan + "/overview");
            }
            if (committee != null) {
                pages.add(committee);
            }
            signing.close();

            Map<String, Long> perPage = new LinkedHashMap<>();
            Map<String, Long> kindsBefore = null;
            long before = 0;
            long started = 0;
            for (int round = -1; round < rounds; round++) { // round -1 warms up, uncounted
                if (round == 0) {
                    kindsBefore = byKind();
                    before = descendantTicks();
                    started = System.nanoTime();
                }
                BrowserContext context = browser.newContext(
                        new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860));
                context.addCookies(List.of(
                        session, new Cookie("ENTENTE_LANG", round % 2 == 0 ? "ar" : "en").setUrl(base + "/")));
                Page visitor = context.newPage();
                for (String path : pages) {
                    long ticks = descendantTicks();
                    visitor.navigate(base + path);
                    visitor.waitForLoadState();
                    if (round >= 0) {
                        perPage.merge(path, descendantTicks() - ticks, Long::sum);
                    }
                }
                context.close();
            }
            long ticks = descendantTicks() - before;
            int loads = rounds * pages.size();
            System.out.printf("extra flags: [%s]%n", String.join(" ", extra));
            System.out.printf("%d page loads in %d fresh contexts: Chromium %.1f CPU-s, %.0f ms per load (wall %.1f s)%n",
                    loads, rounds, ticks / 100.0, ticks * 10.0 / loads, (System.nanoTime() - started) / 1e9);
            System.out.println("per page, CPU-ms per load (the first of a context carries the context's start):");
            perPage.forEach((path, t) -> System.out.printf("  %-34s %6.0f%n", path, t * 10.0 / rounds));
            System.out.println("per living process kind, CPU-s (a closed context's renderers are gone: the rest of the total):");
            Map<String, Long> from = kindsBefore;
            byKind().forEach((kind, t) ->
                    System.out.printf("  %-44s %6.1f%n", kind, (t - from.getOrDefault(kind, 0L)) / 100.0));
            browser.close();
        }
    }

    private static String firstLink(Page page, String prefix) {
        return (String) page.evaluate("prefix => [...document.querySelectorAll('a[href^=\"' + prefix + '\"]')]"
                + ".map(a => a.getAttribute('href')).find(h => /^\\/[a-z]+\\/\\d+$/.test(h))", prefix);
    }

    /** utime + stime (own, field 14-15) and of reaped children (16-17) of a process, clock ticks. */
    private static long ticks(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withChildren ? own + Long.parseLong(f[13]) + Long.parseLong(f[14]) : own;
        } catch (Exception e) {
            return 0;
        }
    }

    private static long descendantTicks() {
        return ProcessHandle.current().descendants().mapToLong(p -> ticks(p.pid(), true)).sum();
    }

    private static Map<String, Long> byKind() {
        var kinds = new TreeMap<String, Long>();
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            String command;
            try {
                command = Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).replace('\0', ' ');
            } catch (Exception e) {
                continue;
            }
            var type = TYPE.matcher(command);
            var subType = SUB_TYPE.matcher(command);
            String kind = type.find() ? type.group(1) : command.contains("node") ? "playwright driver" : "browser";
            if (subType.find()) {
                kind += " " + subType.group(1);
            }
            kinds.merge(kind, ticks(process.pid(), false), Long::sum);
        }
        return kinds;
    }
}
