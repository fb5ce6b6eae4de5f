package org.entente.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.entente.shared.LocalizedText;
import org.entente.support.Personas;
import org.entente.support.Personas.Persona;
import org.entente.support.WithTestSmtp;
import org.entente.workplans.ActivityDraft;
import org.entente.workplans.ActivityType;
import org.entente.workplans.WorkPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18's "done when", played by two people at once in two browsers: planner.isr (English)
 * comments on Morocco's new proposal for the 2026 plan, mentioning {@code @planner.mar}; planner.mar's
 * bell (Arabic) counts it at its next poll without a reload, and the mail arrives in Arabic (a real
 * SMTP server, {@link WithTestSmtp}); planner.mar answers with a remark internal to Morocco, which
 * planner.isr never sees: not on the page, not in the bell, not in the API. Screenshots of the
 * viewport (Arabic, English, a 390 px telephone) in {@code target/screenshots/collab/}.
 *
 * <p>It shares {@link NotificationsIT}'s application (mail on), so it may change the demo's data.
 * The bell polls every 30 s: planner.mar's page runs on Playwright's clock, moved forward instead of
 * waited for.
 */
@DemoApplicationTest
class CollaborationBrowserIT extends BrowserTest implements WithTestSmtp {

    private static final Path COLLAB = SCREENSHOTS.resolve("collab");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUESTION =
            "@planner.mar Could the drone maintenance course move to the second half of November?";
    private static final String REMARK = "ملاحظة داخلية: لا نقبل تغيير التاريخ قبل استشارة القوات الجوية.";

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkPlans plans;

    @Autowired
    MailQueue mails;

    @Autowired
    MailDelivery sender;

    @Autowired
    NotificationStore notifications;

    @Test
    void israelMentionsMoroccoOnItsProposalMoroccoIsToldAndAnswersInternally() throws Exception {
        var mar = Persona.PLANNER_MAR.subject();
        long plan = inHost("""
                select id from workplans.plan
                 where committee_code = 'JMC-ISR-MAR' and year = 2026 and status <> 'DRAFT'""");
        // Morocco's new proposal: an activity added to the signed plan, an amendment awaiting Israel.
        int number =
                Personas.inTransaction(transactions, mar, () -> plans.proposeAmendment(mar, plan, null, proposal()));
        long amendment =
                inHost("select id from workplans.amendment where plan_id = " + plan + " and number = " + number);
        String proposalPage = "/workplans/" + plan + "/amendments/" + number;
        Personas.inTransaction(transactions, mar, () -> {
            mails.choose(mar, new MailSetting("planner.mar@example.org", MailChoice.IMMEDIATE));
        });
        sql.sql("update identity.account set language = 'ar' where username = 'planner.mar'")
                .update();
        // What the proposal itself tells (Israel: a proposal awaits it) is told before anyone looks.
        await().atMost(Duration.ofSeconds(30)).until(this::everyEventHandled);
        WithTestSmtp.smtp().purgeEmailFromAllMailboxes();

        Page isr = page;
        Page morocco = anotherVisitor();
        signIn(isr, "planner.isr", "en");
        // Morocco's page runs on a clock the test moves: the bell's 30 s poll without waiting 30 s.
        morocco.clock().install();
        signIn(morocco, "planner.mar", "ar");
        morocco.navigate(url(proposalPage));
        Locator marBell = morocco.locator("#notification-count");
        assertThat(marBell).isVisible();
        int marBefore = Integer.parseInt(marBell.textContent().strip());

        // Israel reads the proposal in English and asks Morocco about it, choosing the mention from the list.
        isr.navigate(url(proposalPage));
        isr.locator("#body").fill(QUESTION.substring("@planner.mar ".length()));
        isr.locator("#body").press("Home");
        isr.locator("#mention").fill("planner.m");
        Locator option = isr.locator("#mention-options [role=option][data-username='planner.mar']");
        // The list names the person (rank, name, function in the reader's language), the login only to type.
        assertThat(option.locator(".person__name")).hasText("Hicham Ben Slimane");
        assertThat(option).containsText("Head of the planning office");
        option.click();
        assertThat(isr.locator("#body")).hasValue(QUESTION);
        isr.locator("form.comments__new button[type=submit]").click();
        Locator question = isr.locator(".comment", new Page.LocatorOptions().setHasText("second half of November"));
        assertThat(question).hasCount(1);
        // Posting lands on the comment itself, once htmx has loaded the thread.
        assertThat(question).isInViewport();
        assertThat(question.locator(".comment__meta .person__name")).isVisible();
        assertThat(question.locator(".comment__meta")).not().containsText("planner.isr");
        // The mention names Morocco's planner, the login kept only as data.
        assertThat(question.locator(".comment__body .mention")).hasText("Hicham Ben Slimane");
        assertThat(question.locator(".comment__body")).not().containsText("planner.mar");
        Locator isrBell = isr.locator("#notification-count");
        assertThat(isrBell).isVisible();
        String isrCount = isrBell.textContent().strip();
        shot(isr, "isr-question-en");

        // Morocco is told: its bell counts it at the next poll, the page never reloaded.
        await().atMost(Duration.ofSeconds(30)).until(() -> everyEventHandled() && unread(mar) > marBefore);
        morocco.clock().fastForward(31_000);
        assertThat(marBell).hasText(Integer.toString(unread(mar)));
        assertThat(morocco.locator("html")).hasAttribute("lang", "ar-MA");
        shot(morocco, "mar-bell-ar");

        // And by mail, in Arabic: the record is RESTRICTED, above the mail cap, so only that it happened.
        sender.drain();
        List<String> mailed = WithTestSmtp.mailsTo("planner.mar@example.org");
        assertThat(mailed)
                .filteredOn(mail -> mail.contains("أشار إليك أحدهم في تعليق"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(WithTestSmtp.BASE_URL + "/")
                .doesNotContain("second half of November");

        // Morocco opens the notification and answers with a remark for Morocco alone.
        morocco.locator("#nav-notifications").click();
        Locator told = morocco.locator(
                "#notifications .notification--unread",
                new Page.LocatorOptions().setHasText("أشار إليك أحدهم في تعليق"));
        assertThat(told).hasCount(1);
        // Who mentioned them: the person (rank, name, function in Arabic), never the login.
        assertThat(told.locator(".notification__actor .person__name")).hasText("إيتان ليفي");
        assertThat(told).not().containsText("planner.isr");
        assertThat(told).not().containsText("planner.mar");
        shot(morocco, "mar-notifications-ar");
        told.locator("a").first().click();
        assertThat(morocco.locator("#comment-" + questionId(amendment))).isVisible();
        morocco.locator("#body").fill(REMARK);
        morocco.locator("#internal").check();
        morocco.locator("form.comments__new button[type=submit]").click();
        Locator remark = morocco.locator(".comment--internal", new Page.LocatorOptions().setHasText(REMARK));
        assertThat(remark).hasCount(1);
        assertThat(remark.locator(".chip--internal")).containsText("المغرب");
        assertThat(remark).isInViewport();
        shot(morocco, "mar-remark-ar");
        morocco.setViewportSize(390, 844);
        remark.scrollIntoViewIfNeeded();
        shot(morocco, "mar-remark-ar-390");

        // Israel never learns of it: not on the page, not in the bell, not in the API.
        await().atMost(Duration.ofSeconds(30)).until(this::everyEventHandled);
        isr.reload();
        assertThat(isr.locator(".comment")).hasCount(1);
        assertThat(isr.locator("#comments")).not().containsText(REMARK);
        assertThat(isrBell).hasText(isrCount);
        assertThat(api(isr, "/api/v1/comments?record=amendment:" + amendment)
                        .get("total")
                        .asLong())
                .isOne();
        assertThat(api(morocco, "/api/v1/comments?record=amendment:" + amendment)
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(api(isr, "/api/v1/me/notifications?size=200")
                        .get("items")
                        .valueStream()
                        .map(n -> n.get("excerpt").toString()))
                .noneMatch(excerpt -> excerpt.contains("ملاحظة داخلية"));
        isr.locator("#comments").scrollIntoViewIfNeeded();
        shot(isr, "isr-after-remark-en");
    }

    /** Morocco's new activity, as an amendment proposes it (NotificationsIT proposes it too). */
    static ActivityDraft proposal() {
        return new ActivityDraft(
                LocalizedText.of(
                        "en", "Drone maintenance course at the Benslimane plant",
                        "ar", "دورة في صيانة الطائرات المسيرة بمصنع بنسليمان"),
                null,
                ActivityType.TRAINING_COURSE,
                "TRAINING_EDUCATION",
                List.of(),
                "MAR",
                "MAR",
                LocalizedText.of("ar", "بنسليمان"),
                4,
                null,
                null,
                Map.of("MAR", 4, "ISR", 2),
                WorkPlans.SHARED_COSTS);
    }

    /** Signs in on the English sign-in page, then reads in the language of the cookie. */
    private void signIn(Page visitor, String username, String language) {
        visitor.navigate(url("/login"));
        Personas.signIn(visitor, username);
        visitor.waitForURL(u -> !u.contains("/login"));
        visitor.context().addCookies(List.of(new Cookie("ENTENTE_LANG", language).setUrl(url("/"))));
    }

    private int unread(org.entente.shared.SystemSubject reader) {
        return Personas.inTransaction(transactions, reader, () -> notifications.unread(reader));
    }

    /** Every domain event published so far has been handled (the outbox is empty). */
    private boolean everyEventHandled() {
        return sql.sql("select count(*) from notifications.event_publication where completion_date is null")
                        .query(Long.class)
                        .single()
                == 0;
    }

    private long questionId(long amendment) {
        return inHost(
                "select min(id) from comments.comment where record_type = 'amendment' and record_id = " + amendment);
    }

    private long inHost(String query) {
        return Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql(query).query(Long.class).single());
    }

    private static JsonNode api(Page visitor, String path) {
        var response = visitor.request().get(visitor.url().replaceFirst("(https?://[^/]+).*", "$1") + path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return JSON.readTree(response.text());
    }

    /** A screenshot of what the window shows (not the whole page: cheaper, and what a person sees first). */
    private static void shot(Page visitor, String name) {
        screenshot(visitor, new Page.ScreenshotOptions().setPath(COLLAB.resolve(name + ".png")));
    }
}
