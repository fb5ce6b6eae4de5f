package org.entente.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor at work in Debian's Chromium: open the audit page, filter, verify the chain, in
 * English and in Arabic. Screenshots land in {@code target/screenshots/audit-*.png}.
 */
@DemoApplicationTest
class AuditPageBrowserIT extends BrowserTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    @Test
    @SuppressWarnings("unchecked")
    void anAuditorFiltersTheEventsAndVerifiesTheChain() {
        transaction.executeWithoutResult(status -> {
            trail.recordAs(
                    "planner.mar",
                    "MAR",
                    AuditEvent.success(
                                    "committees.session.change",
                                    "session",
                                    "4",
                                    new Label(Classification.RESTRICTED, "MAR", Set.of("ISR")))
                            .with("field", "city")
                            .with("was", "Tel Aviv"));
            // Values the trail stores as codes, which the page shows in the reader's words.
            trail.recordAs(
                    "planner.mar",
                    "MAR",
                    AuditEvent.success(
                                    "projects.milestone.record",
                                    "milestone",
                                    "8",
                                    new Label(Classification.RESTRICTED, "MAR", Set.of("ISR")))
                            .with("status", "AT_RISK")
                            .with("before", "PLANNED")
                            .with("actual", "2026-03-12"));
            trail.recordAs(
                    "planner.isr",
                    "ISR",
                    AuditEvent.denied(
                            "committees.session.approve",
                            "session",
                            "5",
                            new Label(Classification.CONFIDENTIAL, "MAR", Set.of())));
        });
        // Through the form, not a session taken over: the test reads this sign-in in the trail.
        signInThroughForm(page, "auditor.mar", DEMO_PASSWORD, "en");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit"))
                .click();
        assertThat(page).hasURL(url("/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Audit trail");
        // Actions are named in words, the code kept in the title for an auditor who filters on it.
        assertThat(page.locator(".audit-table")).containsText("Sign-in");
        assertThat(page.locator(".audit-table__action [title='identity.sign-in']")
                        .first())
                .hasText("Sign-in");

        // Actors are chosen by name (issue 16): people as their names, the system's own as words, never a login.
        List<String> actorNames = (List<String>) page.evaluate(
                "Array.from(document.querySelectorAll('select#actor option'))" + ".map(o => o.textContent.trim())");
        assertThat(actorNames).contains("Nadia Tazi", "Entente (demo data)");
        // An account linked to no person (other test classes make some) can be named only by its login, and says so.
        assertThat(actorNames.stream()
                        .filter(n -> !n.startsWith("Account of no known person: "))
                        .filter(n -> n.matches(".*[a-z]+[.-][a-z]+.*")))
                .as("no login among the actors offered, but for accounts of no known person")
                .isEmpty();
        page.getByLabel("Actor").selectOption(new SelectOption().setLabel("Nadia Tazi"));
        // The action is chosen by name from a list, not typed as a code; a module's line chooses all of its actions.
        assertThat(page.locator("select#action option[value='identity.sign-in']"))
                .hasText("Sign-in");
        page.getByLabel("Action").selectOption("identity.");
        page.getByLabel("Outcome").selectOption("SUCCESS");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                .click();
        assertThat(page)
                .hasURL(url("/audit?actor=auditor.mar&action=identity.&outcome=SUCCESS&from=&_days=from&to=&_days=to"));
        // The account signed in is named as its person, its login kept in the title.
        assertThat(page.locator(".audit-table tbody tr").first()).containsText("Nadia Tazi");
        assertThat(page.locator(".audit-table tbody tr").first().locator(".audit-table__object [title='auditor.mar']"))
                .containsText("Nadia Tazi");
        assertThat(page.locator(".audit-table tbody")).not().containsText("audit.list");
        shoot("audit-filtered-en");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain"))
                .click();
        assertThat(page.locator("#verification")).hasAttribute("data-ok", "true");
        assertThat(page.locator("#verification")).containsText("The chain is intact.");
        assertThat(page)
                .hasURL(url("/audit?actor=auditor.mar&action=identity.&outcome=SUCCESS&from=&_days=from&to=&_days=to"));
        shoot("audit-verified-en");

        choose("العربية", "ar-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("سجل التدقيق");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("التحقق من السلسلة"))
                .click();
        assertThat(page.locator("#verification")).containsText("السلسلة سليمة.");
        // Mirrored: the table's first column (the time) sits at the right.
        var firstHeader = page.locator(".audit-table th").first().boundingBox();
        var lastHeader = page.locator(".audit-table th").last().boundingBox();
        assertThat(firstHeader.x).isGreaterThan(lastHeader.x);
        shoot("audit-verified-ar");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("مسح عوامل التصفية"))
                .click();
        assertThat(page.locator(".audit-table")).containsText("تعديل دورة");
        assertThat(page.locator(".audit-table")).not().containsText("committees.session.change");
        // An action the code no longer writes (an older entry) shows its code, marked as such.
        assertThat(page.locator(".audit-table__action:has-text('committees.session.approve')"))
                .containsText("رمز بلا وصف");
        assertThat(page.locator(".audit-table")).containsText("RESTRICTED // REL TO MAR, ISR");
        // Values in the reader's words: the day with its Moroccan month, statuses named, no code, no ISO day.
        var milestone = page.locator(".audit-table tbody tr:has-text('12 مارس 2026')");
        assertThat(milestone).containsText("معرض للخطر");
        assertThat(milestone).containsText("مخطط");
        assertThat(page.locator(".audit-table tbody")).not().containsText("AT_RISK");
        assertThat(page.locator(".audit-table tbody")).not().containsText("2026-03-12");
        // The loopback address as people write it.
        assertThat(page.locator(".audit-table")).not().containsText("0:0:0:0:0:0:0:1");
        fitsAt1280("ar");
        shoot("audit-events-ar");
        namesStayWhole("ar, 1280 px");
        // On a phone the table scrolls in its own container; the page itself does not.
        page.setViewportSize(390, 844);
        shoot("audit-events-ar-390");
        namesStayWhole("ar, 390 px");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1"))
                .as("the page does not scroll sideways at 390 px")
                .isTrue();
        assertThat((Boolean) page.evaluate("(() => { const s = document.querySelector('.audit-events .table-scroll');"
                        + " return s.scrollWidth > s.clientWidth; })()"))
                .as("the table scrolls in its own container")
                .isTrue();
        page.setViewportSize(1280, 860);

        // The days are written as the reader writes them (Moroccan month names), and read back so.
        Locator from = page.getByLabel("من", new Page.GetByLabelOptions().setExact(true));
        assertThat(from).hasAttribute("type", "text");
        from.fill("1 يناير 2020");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تصفية"))
                .click();
        assertThat(page.getByLabel("من", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("1 يناير 2020");
        assertThat(page.locator(".audit-table")).containsText("تعديل دورة");
        page.getByLabel("إلى", new Page.GetByLabelOptions().setExact(true)).fill("1 يناير 2021");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تصفية"))
                .click();
        assertThat(page.locator("#audit-count")).hasText("الأحداث المطابقة: 0");
        // A day that is none is refused, naming the field, and filters nothing.
        page.getByLabel("إلى", new Page.GetByLabelOptions().setExact(true)).fill("31 فبراير 2021");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تصفية"))
                .click();
        assertThat(page.locator(".notice--error")).containsText("إلى: اكتب تاريخًا باليوم والشهر والسنة");
        assertThat(page.getByLabel("إلى", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("31 فبراير 2021");
        assertThat(page.locator(".audit-table")).containsText("تعديل دورة");
        shoot("audit-day-refused-ar");
        choose("English", "en-MA");
        assertThat(page.locator(".audit-table tbody tr:has-text('March 12, 2026')"))
                .containsText("At risk");
        // The actor filter in English: the demo's loader by its name, never its login.
        page.navigate(url("/audit"));
        page.getByLabel("Actor").selectOption(new SelectOption().setLabel("Entente (demo data)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                .click();
        assertThat(page.locator(".audit-table tbody tr").first().locator(".audit-table__actor"))
                .containsText("Entente (demo data)");
        assertThat(page.locator(".audit-table tbody")).not().containsText("demo-loader");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear the filters"))
                .click();
        // English, whose ranks and functions are the longest, fits too (ar16h: it overflowed by 160 px).
        fitsAt1280("en");
        namesStayWhole("en, 1280 px");
        shoot("audit-events-en");
        page.setViewportSize(390, 844);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth + 1"))
                .as("the page does not scroll sideways at 390 px, en")
                .isTrue();
        shoot("audit-events-en-390");
        page.setViewportSize(1280, 860);
        problems.clear(); // the refused day answered 422, as a refused form does (its console line may come late)
    }

    @Test
    void aBrokenChainIsShownWithItsFirstBadEntry() {
        long victim = transaction.execute(status -> trail.recordAs(
                "planner.mar", "MAR", AuditEvent.success("committees.session.change", "session", "6", null)));
        page.navigate(url("/login"));
        choose("עברית", "he-MA");
        page.locator("#username").fill("auditor.mar");
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("form.form button[type=submit]").click();
        page.navigate(url("/audit"));
        fitsAt1280("he");
        namesStayWhole("he, 1280 px");
        try {
            asOwnerWithoutTrigger("update audit.event set object_id = '7' where id = " + victim);
            page.locator(".audit-verify button").click();
            assertThat(page.locator("#verification")).hasAttribute("data-ok", "false");
            assertThat(page.locator("#verification")).containsText("השרשרת שבורה ברשומה " + victim + ".");
            shoot("audit-broken-he");
        } finally {
            asOwnerWithoutTrigger("update audit.event set object_id = '6' where id = " + victim);
        }
    }

    @Test
    void aPlannerHasNoAuditLinkAndIsRefusedThePage() {
        signInAs("planner.mar", "en");
        assertThat(page.locator(".main-nav")).not().containsText("Audit");
        var response = page.navigate(url("/audit"));
        assertThat(response.status()).isEqualTo(403);
        problems.clear();
    }

    /** What tampering takes: the owner's rights, and switching the append-only trigger off. */
    private void asOwnerWithoutTrigger(String statement) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).executeWithoutResult(status -> {
            owner.sql("alter table audit.event disable trigger event_append_only")
                    .update();
            owner.sql(statement).update();
            owner.sql("alter table audit.event enable trigger event_append_only")
                    .update();
        });
    }

    /** At 1280 px the table fits its panel: it does not scroll sideways, in its box or the page. */
    private void fitsAt1280(String where) {
        page.setViewportSize(1280, 860);
        Object overflow = page.evaluate("(() => { const s = document.querySelector('.audit-events .table-scroll');"
                + " return s.scrollWidth - s.clientWidth; })()");
        assertThat(((Number) overflow).intValue())
                .as("how far the table overflows its box at 1280 px, " + where)
                .isLessThanOrEqualTo(1);
    }

    /** Every actor's name shown in the table sits on one line: one box, not one per word. */
    private void namesStayWhole(String where) {
        var names = page.locator(".audit-table__actor .person__name");
        assertThat(names.count()).as(where).isPositive();
        Object broken = page.evaluate("Array.from(document.querySelectorAll('.audit-table__actor .person__name'))"
                + ".filter(n => n.getClientRects().length > 1).map(n => n.textContent)");
        assertThat((List<?>) broken).as("names broken across lines, " + where).isEmpty();
        // The source address too ("127.0.0.1" was broken after "127.0."), isolated left to right.
        assertThat(page.locator(".audit-table__source bdi[dir=ltr]").count())
                .as(where)
                .isPositive();
        Object addresses = page.evaluate("Array.from(document.querySelectorAll('.audit-table__source bdi'))"
                + ".filter(n => n.getClientRects().length > 1).map(n => n.textContent)");
        assertThat((List<?>) addresses)
                .as("addresses broken across lines, " + where)
                .isEmpty();
    }
}
